using System.Buffers;
using System.Collections.Concurrent;

namespace Vms.Rtsp.Transport;

/// <summary>
/// The memory behind connection pipes: fixed 4 KiB blocks that are kept and reused, each block its own owner
/// object, so a steady stream of writes through many connections allocates nothing (the shared array pool
/// caps what it keeps per size and would allocate anew under hundreds of busy pipes). The pool holds as many
/// blocks as were ever in flight at once; pipes are bounded, so that is bounded too.
/// </summary>
internal sealed class BlockMemoryPool : MemoryPool<byte>
{
    public const int BlockSize = 4096;

    private readonly ConcurrentQueue<Block> _free = new();

    public static BlockMemoryPool Connections { get; } = new();

    public override int MaxBufferSize => BlockSize;

    /// <summary>Blocks created so far (the high-water mark of blocks in use).</summary>
    public int Created => Volatile.Read(ref _created);

    private int _created;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        if (_free.TryDequeue(out var block))
        {
            block.Rented = true;
            return block;
        }

        Interlocked.Increment(ref _created);
        return new Block(this) { Rented = true };
    }

    protected override void Dispose(bool disposing)
    {
        // shared for the process lifetime: blocks are simply kept
    }

    private void Return(Block block) => _free.Enqueue(block);

    private sealed class Block(BlockMemoryPool pool) : IMemoryOwner<byte>
    {
        private readonly byte[] _array = GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true);

        public bool Rented { get; set; }

        public Memory<byte> Memory => _array;

        public void Dispose()
        {
            if (Rented)
            {
                Rented = false;
                pool.Return(this);
            }
        }
    }
}
