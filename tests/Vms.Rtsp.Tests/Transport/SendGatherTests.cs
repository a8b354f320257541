using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Tests.Transport;

public sealed class SendGatherTests
{
    [Fact]
    public void TryAdd_AdjacentPiecesOfOneArray_BecomeOneSegmentWithoutCopy()
    {
        var shared = new byte[100];
        var gather = new SendGather();
        Assert.True(gather.TryAdd(new OutboundItem(shared.AsMemory(10, 20), OutboundItem.Raw)));
        Assert.True(gather.TryAdd(new OutboundItem(shared.AsMemory(30, 40), OutboundItem.Raw)));

        var segment = Assert.Single(gather.Segments);
        Assert.Same(shared, segment.Array);
        Assert.Equal((10, 60), (segment.Offset, segment.Count));
        Assert.Equal(60, gather.Bytes);
    }

    [Fact]
    public void TryAdd_FrameWithoutHeader_IsCopiedWithItsInterleavedHeader()
    {
        var gather = new SendGather();
        Assert.True(gather.TryAdd(new OutboundItem(new byte[] { 0xAA, 0xBB }, 3)));
        Assert.True(gather.TryAdd(new OutboundItem(new byte[] { 0xCC }, 5)));

        var segment = Assert.Single(gather.Segments); // both frames staged side by side
        byte[] expected = [(byte)'$', 3, 0, 2, 0xAA, 0xBB, (byte)'$', 5, 0, 1, 0xCC];
        Assert.Equal(expected, segment.ToArray());
    }

    [Fact]
    public void TryAdd_MoreSeparateBuffersThanSegments_IsRefusedAndLeavesTheGatherUnchanged()
    {
        var gather = new SendGather();
        for (var i = 0; i < SendGather.MaxSegments; i++)
        {
            Assert.True(gather.TryAdd(new OutboundItem(new byte[10], OutboundItem.Raw)));
        }

        Assert.False(gather.TryAdd(new OutboundItem(new byte[10], OutboundItem.Raw)));
        Assert.Equal(SendGather.MaxSegments, gather.Segments.Count);
        Assert.Equal(10 * SendGather.MaxSegments, gather.Bytes);
    }

    [Fact]
    public void TryAdd_StagingFull_IsRefusedUntilCleared()
    {
        var gather = new SendGather();
        var big = new byte[ushort.MaxValue];
        Assert.True(gather.TryAdd(new OutboundItem(big, 0)));
        Assert.False(gather.TryAdd(new OutboundItem(new byte[1], 0)));

        gather.Clear();
        Assert.True(gather.IsEmpty);
        Assert.True(gather.TryAdd(new OutboundItem(new byte[1], 0)));
    }

    [Fact]
    public void Consume_PartialSend_KeepsExactlyTheUnsentBytes()
    {
        var a = new byte[] { 1, 2, 3 };
        var b = new byte[] { 4, 5, 6, 7 };
        var gather = new SendGather();
        Assert.True(gather.TryAdd(new OutboundItem(a, OutboundItem.Raw)));
        Assert.True(gather.TryAdd(new OutboundItem(b, OutboundItem.Raw)));

        gather.Consume(4);

        Assert.Equal(3, gather.Bytes);
        var rest = Assert.Single(gather.Segments);
        Assert.Equal(new byte[] { 5, 6, 7 }, rest.ToArray());
    }
}
