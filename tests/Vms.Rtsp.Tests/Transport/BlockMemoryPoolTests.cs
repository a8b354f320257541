using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Tests.Transport;

public sealed class BlockMemoryPoolTests
{
    [Fact]
    public void Rent_AfterDispose_ReusesTheSameBlock()
    {
        var pool = new BlockMemoryPool();
        var first = pool.Rent(100);
        var memory = first.Memory;
        first.Dispose();
        first.Dispose(); // a second dispose must not return it twice
        var second = pool.Rent(BlockMemoryPool.BlockSize);
        var third = pool.Rent();
        Assert.True(memory.Span == second.Memory.Span);
        Assert.False(third.Memory.Span == second.Memory.Span);
        Assert.Equal(2, pool.Created);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent(BlockMemoryPool.BlockSize + 1));
    }
}
