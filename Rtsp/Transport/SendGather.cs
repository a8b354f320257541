using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Vms.Rtsp.Transport;

/// <summary>
/// The buffers of one gathered socket send, built from queued <see cref="OutboundItem"/>s. Bytes that are written as
/// they are and live in an array (RTSP messages, shared interleaved frames) are referenced, not copied, and
/// consecutive pieces of the same array become one segment (the frames of an access unit lie side by side). Frames
/// that need their <c>$</c> header written here are copied into one staging array owned by the gather. At most
/// <see cref="MaxSegments"/> segments: up to that many the runtime builds its iovec and pin-handle arrays on the
/// stack, beyond it allocates both on every send.
/// </summary>
/// <remarks>One owner (the connection's writer loop). The staging bytes and referenced buffers must stay untouched
/// until the send using them has completed: <see cref="Clear"/> only after it.</remarks>
internal sealed class SendGather
{
    public const int MaxSegments = 8;

    /// <summary>Room for the largest interleaved frame (4 + 65535 bytes).</summary>
    public const int StagingSize = 4 + ushort.MaxValue + 1;

    private readonly List<ArraySegment<byte>> _segments = new(MaxSegments);
    private readonly byte[] _staging = GC.AllocateUninitializedArray<byte>(StagingSize);
    private int _staged;

    /// <summary>The segments to send, in order.</summary>
    public List<ArraySegment<byte>> Segments => _segments;

    /// <summary>Bytes gathered so far.</summary>
    public int Bytes { get; private set; }

    public bool IsEmpty => Bytes == 0;

    /// <summary>Adds an item's wire bytes; false (nothing added) when the segments or the staging array are full.</summary>
    public bool TryAdd(in OutboundItem item)
    {
        var data = item.Data;
        if (item.Channel == OutboundItem.Raw && MemoryMarshal.TryGetArray(data, out var shared))
        {
            if (!TryAppend(shared))
            {
                return false;
            }

            Bytes += shared.Count;
            return true;
        }

        var length = item.WireLength;
        if (length > StagingSize)
        {
            // only raw bytes that are not in an array could be this large: give them their own array (never seen in practice)
            if (!TryAppend(data.ToArray()))
            {
                return false;
            }

            Bytes += length;
            return true;
        }

        if (_staged + length > StagingSize || !TryAppend(new ArraySegment<byte>(_staging, _staged, length)))
        {
            return false;
        }

        var span = _staging.AsSpan(_staged, length);
        if (item.Channel == OutboundItem.Raw)
        {
            data.Span.CopyTo(span);
        }
        else
        {
            span[0] = (byte)'$';
            span[1] = (byte)item.Channel;
            BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)data.Length);
            data.Span.CopyTo(span[4..]);
        }

        _staged += length;
        Bytes += length;
        return true;
    }

    /// <summary>Drops the first <paramref name="sent"/> bytes (after a partial send).</summary>
    public void Consume(int sent)
    {
        Bytes -= sent;
        var drop = 0;
        while (sent > 0 && drop < _segments.Count)
        {
            var segment = _segments[drop];
            if (sent >= segment.Count)
            {
                sent -= segment.Count;
                drop++;
                continue;
            }

            _segments[drop] = segment[sent..];
            sent = 0;
        }

        _segments.RemoveRange(0, drop);
    }

    /// <summary>Forgets everything (once the send has completed).</summary>
    public void Clear()
    {
        _segments.Clear();
        _staged = 0;
        Bytes = 0;
    }

    private bool TryAppend(ArraySegment<byte> piece)
    {
        if (piece.Count == 0)
        {
            return true;
        }

        if (_segments.Count > 0)
        {
            var last = _segments[^1];
            if (ReferenceEquals(last.Array, piece.Array) && last.Offset + last.Count == piece.Offset)
            {
                _segments[^1] = new ArraySegment<byte>(last.Array!, last.Offset, last.Count + piece.Count);
                return true;
            }
        }

        if (_segments.Count == MaxSegments)
        {
            return false;
        }

        _segments.Add(piece);
        return true;
    }
}
