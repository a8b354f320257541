using System.Buffers.Binary;
using System.Text;

namespace Vms.Rtsp.Rtcp;

/// <summary>BYE (RFC 3550 §6.6): the sources leave the session, with an optional reason.</summary>
public sealed record RtcpGoodbye(IReadOnlyList<uint> Ssrcs, string? Reason = null) : RtcpPacket
{
    public override RtcpPacketType PacketType => RtcpPacketType.Goodbye;

    public override int GetLength()
    {
        var length = HeaderLength + (4 * Ssrcs.Count);
        if (Reason is not null)
        {
            var n = Encoding.UTF8.GetByteCount(Reason);
            if (n > 255)
            {
                throw new InvalidOperationException($"the BYE reason is {n} bytes, at most 255");
            }

            length += (1 + n + 3) & ~3;
        }

        return length;
    }

    public override int Write(Span<byte> destination)
    {
        var length = GetLength();
        WriteHeader(destination, Ssrcs.Count, PacketType, length);
        var pos = HeaderLength;
        foreach (var ssrc in Ssrcs)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[pos..], ssrc);
            pos += 4;
        }

        if (Reason is not null)
        {
            var n = Encoding.UTF8.GetBytes(Reason, destination[(pos + 1)..]);
            destination[pos] = (byte)n;
            destination[(pos + 1 + n)..length].Clear();
        }

        return length;
    }

    internal static RtcpGoodbye? Read(ReadOnlySpan<byte> body, int count)
    {
        if (body.Length < 4 * count)
        {
            return null;
        }

        var ssrcs = new uint[count];
        for (var i = 0; i < count; i++)
        {
            ssrcs[i] = BinaryPrimitives.ReadUInt32BigEndian(body[(4 * i)..]);
        }

        string? reason = null;
        var pos = 4 * count;
        if (pos < body.Length)
        {
            var n = body[pos];
            if (pos + 1 + n > body.Length)
            {
                return null;
            }

            reason = Encoding.UTF8.GetString(body.Slice(pos + 1, n));
        }

        return new RtcpGoodbye(ssrcs, reason);
    }
}
