using System.Buffers.Binary;

namespace Vms.Rtsp.Rtcp;

/// <summary>RR (RFC 3550 §6.4.2): reception reports from a participant that is not sending.</summary>
public sealed record RtcpReceiverReport(uint Ssrc, IReadOnlyList<RtcpReportBlock> ReportBlocks) : RtcpPacket
{
    /// <summary>Header and SSRC.</summary>
    public const int FixedLength = 8;

    public override RtcpPacketType PacketType => RtcpPacketType.ReceiverReport;

    public override int GetLength() => FixedLength + (RtcpReportBlock.Length * ReportBlocks.Count);

    public override int Write(Span<byte> destination)
    {
        var length = GetLength();
        WriteHeader(destination, ReportBlocks.Count, PacketType, length);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Ssrc);
        for (var i = 0; i < ReportBlocks.Count; i++)
        {
            ReportBlocks[i].Write(destination[(FixedLength + (i * RtcpReportBlock.Length))..]);
        }

        return length;
    }

    internal static RtcpReceiverReport? Read(ReadOnlySpan<byte> body, int count)
    {
        if (body.Length < 4 + (count * RtcpReportBlock.Length))
        {
            return null;
        }

        var blocks = new RtcpReportBlock[count];
        for (var i = 0; i < count; i++)
        {
            blocks[i] = RtcpReportBlock.Read(body[(4 + (i * RtcpReportBlock.Length))..]);
        }

        return new RtcpReceiverReport(BinaryPrimitives.ReadUInt32BigEndian(body), blocks);
    }
}
