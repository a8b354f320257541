namespace Vms.Rtsp.Server;

/// <summary>
/// The packets of every track since the latest video keyframe (first packet: the parameter sets and the
/// IDR), so a new viewer starts decoding at once. Bounded: a GOP larger than the limits invalidates the
/// cache until the next keyframe, and new viewers then wait for that keyframe instead.
/// </summary>
internal sealed class GopCache(int maxPackets, long maxBytes)
{
    private readonly List<CachedPacket> _packets = [];
    private long _bytes;

    /// <summary>True while the cache holds a whole GOP from its keyframe.</summary>
    public bool IsValid { get; private set; }

    public int Count => _packets.Count;

    public long Bytes => _bytes;

    /// <summary>A keyframe starts: forget the previous GOP (keeping the list's capacity).</summary>
    public void StartGop()
    {
        _packets.Clear();
        _bytes = 0;
        IsValid = true;
    }

    /// <summary>Adds a packet of the current GOP; beyond the limits the cache becomes invalid.</summary>
    public void Add(int trackIndex, ReadOnlyMemory<byte> packet)
    {
        if (!IsValid)
        {
            return;
        }

        if (_packets.Count >= maxPackets || _bytes + packet.Length > maxBytes)
        {
            Invalidate();
            return;
        }

        _packets.Add(new CachedPacket(trackIndex, packet));
        _bytes += packet.Length;
    }

    public void Invalidate()
    {
        _packets.Clear();
        _bytes = 0;
        IsValid = false;
    }

    /// <summary>The cached packets in arrival order.</summary>
    public ReadOnlySpan<CachedPacket> Packets => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_packets);

    /// <summary>One packet and its track.</summary>
    public readonly record struct CachedPacket(int TrackIndex, ReadOnlyMemory<byte> Packet);
}
