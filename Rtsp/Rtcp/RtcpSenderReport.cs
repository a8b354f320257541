using System.Buffers.Binary;

namespace Vms.Rtsp.Rtcp;

/// <summary>
/// SR (RFC 3550 §6.4.1): the sender's NTP ↔ RTP timestamp pair, its packet and octet counts, and reception reports.
/// </summary>
public sealed record RtcpSenderReport(
    uint Ssrc,
    NtpTimestamp NtpTimestamp,
    uint RtpTimestamp,
    uint PacketCount,
    uint OctetCount,
    IReadOnlyList<RtcpReportBlock> ReportBlocks) : RtcpPacket
{
    /// <summary>Header, SSRC and sender info.</summary>
    public const int FixedLength = 28;

    public override RtcpPacketType PacketType => RtcpPacketType.SenderReport;

    public override int GetLength() => FixedLength + (RtcpReportBlock.Length * ReportBlocks.Count);

    public override int Write(Span<byte> destination)
    {
        var length = GetLength();
        WriteHeader(destination, ReportBlocks.Count, PacketType, length);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Ssrc);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], NtpTimestamp.Value);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], RtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[20..], PacketCount);
        BinaryPrimitives.WriteUInt32BigEndian(destination[24..], OctetCount);
        for (var i = 0; i < ReportBlocks.Count; i++)
        {
            ReportBlocks[i].Write(destination[(FixedLength + (i * RtcpReportBlock.Length))..]);
        }

        return length;
    }

    internal static RtcpSenderReport? Read(ReadOnlySpan<byte> body, int count)
    {
        // body: everything after the 4-byte header; profile-specific extensions after the blocks are ignored
        if (body.Length < FixedLength - HeaderLength + (count * RtcpReportBlock.Length))
        {
            return null;
        }

        var blocks = new RtcpReportBlock[count];
        for (var i = 0; i < count; i++)
        {
            blocks[i] = RtcpReportBlock.Read(body[(24 + (i * RtcpReportBlock.Length))..]);
        }

        return new RtcpSenderReport(
            BinaryPrimitives.ReadUInt32BigEndian(body),
            new NtpTimestamp(BinaryPrimitives.ReadUInt64BigEndian(body[4..])),
            BinaryPrimitives.ReadUInt32BigEndian(body[12..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[16..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[20..]),
            blocks);
    }
}
