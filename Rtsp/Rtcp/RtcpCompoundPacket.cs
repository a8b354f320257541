using System.Buffers.Binary;

namespace Vms.Rtsp.Rtcp;

/// <summary>
/// An RTCP compound packet (RFC 3550 §6.1): the SR, RR, SDES and BYE packets it holds, in order. Other types (APP,
/// XR, feedback, unknown) are checked for framing, counted in <see cref="IgnoredPackets"/> and skipped.
/// </summary>
public sealed class RtcpCompoundPacket
{
    /// <summary>Most packets accepted in one compound (real ones hold two or three).</summary>
    public const int MaxPackets = 64;

    public RtcpCompoundPacket(IReadOnlyList<RtcpPacket> packets, int ignoredPackets = 0)
    {
        ArgumentNullException.ThrowIfNull(packets);
        Packets = packets;
        IgnoredPackets = ignoredPackets;
    }

    public IReadOnlyList<RtcpPacket> Packets { get; }

    /// <summary>Well-framed packets of types this stack does not read.</summary>
    public int IgnoredPackets { get; }

    /// <summary>The first sender report, if any.</summary>
    public RtcpSenderReport? SenderReport => Packets.OfType<RtcpSenderReport>().FirstOrDefault();

    /// <summary>
    /// Parses a datagram (or an interleaved frame) holding one or more RTCP packets. Lenient: the first packet need not
    /// be a report, unknown types are skipped, SDES chunks may lack their END item; framing is strict (version 2,
    /// lengths inside the data, padding only where it fits).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out RtcpCompoundPacket compound, out RtcpParseError error)
    {
        compound = null!;
        if (data.Length < RtcpPacket.HeaderLength)
        {
            error = RtcpParseError.TooShort;
            return false;
        }

        var packets = new List<RtcpPacket>(2);
        var ignored = 0;
        var pos = 0;
        while (pos < data.Length)
        {
            if (packets.Count + ignored >= MaxPackets)
            {
                error = RtcpParseError.TooManyPackets;
                return false;
            }

            if (data.Length - pos < RtcpPacket.HeaderLength)
            {
                error = RtcpParseError.TooShort;
                return false;
            }

            var b0 = data[pos];
            if (b0 >> 6 != 2)
            {
                error = RtcpParseError.UnsupportedVersion;
                return false;
            }

            var length = (BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 2)..]) + 1) * 4;
            if (length > data.Length - pos)
            {
                error = RtcpParseError.LengthOverrun;
                return false;
            }

            var body = data.Slice(pos + RtcpPacket.HeaderLength, length - RtcpPacket.HeaderLength);
            if ((b0 & 0x20) != 0)
            {
                var padding = body.IsEmpty ? 0 : body[^1];
                if (padding == 0 || padding > body.Length)
                {
                    error = RtcpParseError.InvalidPadding;
                    return false;
                }

                body = body[..^padding];
            }

            var count = b0 & 0x1F;
            var type = data[pos + 1];
            RtcpPacket? packet;
            switch ((RtcpPacketType)type)
            {
                case RtcpPacketType.SenderReport:
                    packet = RtcpSenderReport.Read(body, count);
                    error = RtcpParseError.MalformedSenderReport;
                    break;
                case RtcpPacketType.ReceiverReport:
                    packet = RtcpReceiverReport.Read(body, count);
                    error = RtcpParseError.MalformedReceiverReport;
                    break;
                case RtcpPacketType.SourceDescription:
                    packet = RtcpSourceDescription.Read(body, count);
                    error = RtcpParseError.MalformedSourceDescription;
                    break;
                case RtcpPacketType.Goodbye:
                    packet = RtcpGoodbye.Read(body, count);
                    error = RtcpParseError.MalformedGoodbye;
                    break;
                default:
                    ignored++;
                    pos += length;
                    continue;
            }

            if (packet is null)
            {
                return false;
            }

            packets.Add(packet);
            pos += length;
        }

        error = RtcpParseError.None;
        compound = new RtcpCompoundPacket(packets, ignored);
        return true;
    }

    /// <summary>Bytes <see cref="Write"/> needs.</summary>
    public int GetLength()
    {
        var length = 0;
        foreach (var p in Packets)
        {
            length += p.GetLength();
        }

        return length;
    }

    /// <summary>Writes the packets one after the other; returns the bytes written.</summary>
    public int Write(Span<byte> destination)
    {
        var pos = 0;
        foreach (var p in Packets)
        {
            pos += p.Write(destination[pos..]);
        }

        return pos;
    }
}
