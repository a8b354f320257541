namespace Vms.Rtsp.Server;

/// <summary>
/// Hands out packet-sized pieces of 64 KiB arrays, so a stream makes one small-heap allocation per ~45
/// packets instead of one per packet. A piece is written once and then only read (by every viewer's queue);
/// an array is collected when no queued or cached packet refers to it any more.
/// </summary>
/// <remarks>Usage: <see cref="GetMemory"/> with the largest size the next packet may take, write, then
/// <see cref="Commit"/> the bytes used. Not thread-safe (one packetizer owns it).</remarks>
internal sealed class PacketSlab
{
    /// <summary>Below the large-object threshold, so slabs die young in gen 0/1.</summary>
    private const int SlabSize = 64 * 1024;

    private byte[] _current = new byte[SlabSize];
    private int _used;

    /// <summary>Bytes of slab allocated so far.</summary>
    public long AllocatedBytes { get; private set; } = SlabSize;

    /// <summary>Room for at least <paramref name="maxLength"/> bytes at the current position.</summary>
    public Memory<byte> GetMemory(int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLength, SlabSize);
        if (_used + maxLength > SlabSize)
        {
            _current = new byte[SlabSize];
            _used = 0;
            AllocatedBytes += SlabSize;
        }

        return _current.AsMemory(_used);
    }

    /// <summary>Keeps the first <paramref name="length"/> bytes written since <see cref="GetMemory"/> and returns them.</summary>
    public ReadOnlyMemory<byte> Commit(int length)
    {
        var piece = _current.AsMemory(_used, length);
        _used += length;
        return piece;
    }
}
