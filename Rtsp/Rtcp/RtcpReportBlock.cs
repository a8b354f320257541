using System.Buffers.Binary;

namespace Vms.Rtsp.Rtcp;

/// <summary>
/// One reception report block (RFC 3550 §6.4.1) about the source <paramref name="Ssrc"/>.
/// </summary>
/// <param name="FractionLost">Lost fraction since the previous report, in 1/256.</param>
/// <param name="CumulativeLost">Packets lost since the start (24-bit signed; duplicates make it negative).</param>
/// <param name="ExtendedHighestSequence">Highest sequence number received, wrap count in the high 16 bits.</param>
/// <param name="Jitter">Interarrival jitter in timestamp units.</param>
/// <param name="LastSenderReport">Middle 32 bits of the last SR's NTP timestamp (0 before any SR).</param>
/// <param name="DelaySinceLastSenderReport">Delay since that SR arrived, in 1/65536 seconds.</param>
public readonly record struct RtcpReportBlock(
    uint Ssrc,
    byte FractionLost,
    int CumulativeLost,
    uint ExtendedHighestSequence,
    uint Jitter,
    uint LastSenderReport,
    uint DelaySinceLastSenderReport)
{
    public const int Length = 24;

    /// <summary>Largest cumulative loss the 24-bit field holds.</summary>
    public const int MaxCumulativeLost = 0x7F_FFFF;

    /// <summary>Smallest (most negative) cumulative loss the 24-bit field holds.</summary>
    public const int MinCumulativeLost = -0x80_0000;

    internal static RtcpReportBlock Read(ReadOnlySpan<byte> data)
    {
        var lost = (data[5] << 16) | (data[6] << 8) | data[7];
        if ((lost & 0x80_0000) != 0)
        {
            lost |= unchecked((int)0xFF00_0000); // sign-extend 24 bits
        }

        return new RtcpReportBlock(
            BinaryPrimitives.ReadUInt32BigEndian(data),
            data[4],
            lost,
            BinaryPrimitives.ReadUInt32BigEndian(data[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[12..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[16..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    internal void Write(Span<byte> destination)
    {
        var lost = Math.Clamp(CumulativeLost, MinCumulativeLost, MaxCumulativeLost);
        BinaryPrimitives.WriteUInt32BigEndian(destination, Ssrc);
        destination[4] = FractionLost;
        destination[5] = (byte)(lost >> 16);
        destination[6] = (byte)(lost >> 8);
        destination[7] = (byte)lost;
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], ExtendedHighestSequence);
        BinaryPrimitives.WriteUInt32BigEndian(destination[12..], Jitter);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], LastSenderReport);
        BinaryPrimitives.WriteUInt32BigEndian(destination[20..], DelaySinceLastSenderReport);
    }
}
