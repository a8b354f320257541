namespace Vms.Rtsp.Rtp;

/// <summary>
/// The complete RTP packets of one access unit, packetized once per source and shared, read-only, by every viewer of
/// that source (each writes the same bytes; RTP-Info tells each viewer where it joined).
/// </summary>
/// <remarks>
/// Ownership: the packets live in one array owned by the batch and are never written after construction, so the
/// batch can sit in any number of viewer queues and be dropped by each independently; the garbage collector frees it
/// when the last queue lets go (no reference counting to get wrong). Over TCP, each viewer writes its own 4-byte
/// interleaved prefix ('$', channel, length) before each packet.
/// </remarks>
public sealed class RtpPacketBatch
{
    private readonly byte[] _buffer;
    private readonly int[] _ends;

    internal RtpPacketBatch(byte[] buffer, int[] ends, ushort firstSequenceNumber, uint timestamp, long pts, bool isKeyframe, DateTimeOffset? wallClock)
    {
        _buffer = buffer;
        _ends = ends;
        FirstSequenceNumber = firstSequenceNumber;
        Timestamp = timestamp;
        Pts = pts;
        IsKeyframe = isKeyframe;
        WallClock = wallClock;
    }

    /// <summary>Number of packets.</summary>
    public int Count => _ends.Length;

    /// <summary>The packet at <paramref name="index"/> (RTP header included).</summary>
    public ReadOnlyMemory<byte> this[int index]
    {
        get
        {
            var start = index == 0 ? 0 : _ends[index - 1];
            return new ReadOnlyMemory<byte>(_buffer, start, _ends[index] - start);
        }
    }

    /// <summary>Sequence number of the first packet (the following ones count up, wrapping at 2¹⁶).</summary>
    public ushort FirstSequenceNumber { get; }

    /// <summary>The RTP timestamp of the access unit.</summary>
    public uint Timestamp { get; }

    /// <summary>The access unit's PTS (track clock units).</summary>
    public long Pts { get; }

    /// <summary>True when the access unit is a keyframe (a viewer may start here).</summary>
    public bool IsKeyframe { get; }

    /// <summary>The access unit's wall-clock time, if known.</summary>
    public DateTimeOffset? WallClock { get; }

    /// <summary>All packets' bytes together.</summary>
    public int TotalLength => _ends.Length == 0 ? 0 : _ends[^1];
}
