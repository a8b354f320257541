using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Rtcp;

/// <summary>
/// Builds the receiver's RTCP for one received source (RFC 3550 §6.4.2): an RR with one report block from the
/// sequence tracker's figures (fraction lost over the interval since the previous report, cumulative loss, extended
/// highest sequence, jitter) and LSR/DLSR from the last sender report, followed by an SDES with our CNAME.
/// </summary>
public sealed class RtcpReceiverReportBuilder
{
    public RtcpReceiverReportBuilder(uint localSsrc, string canonicalName)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonicalName);
        LocalSsrc = localSsrc;
        CanonicalName = canonicalName;
    }

    /// <summary>Our SSRC as the reporting receiver.</summary>
    public uint LocalSsrc { get; }

    public string CanonicalName { get; }

    /// <summary>
    /// A report block about <paramref name="sourceSsrc"/>: closes the tracker's report interval.
    /// </summary>
    public static RtcpReportBlock CreateReportBlock(uint sourceSsrc, RtpSequenceTracker tracker, RtcpSenderReportReceipt? lastSenderReport, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return CreateReportBlock(sourceSsrc, tracker.TakeReportStatistics(), lastSenderReport, now);
    }

    /// <summary>A report block from figures already taken.</summary>
    public static RtcpReportBlock CreateReportBlock(uint sourceSsrc, RtpReceptionStatistics statistics, RtcpSenderReportReceipt? lastSenderReport, DateTimeOffset now)
    {
        uint lsr = 0, dlsr = 0;
        if (lastSenderReport is { } sr)
        {
            lsr = sr.NtpTimestamp.Middle32;
            var delay = now - sr.ReceivedAt;
            var units = delay <= TimeSpan.Zero ? 0 : delay.Ticks * 65536 / TimeSpan.TicksPerSecond;
            dlsr = (uint)Math.Min(uint.MaxValue, units);
        }

        var lost = (int)Math.Clamp(statistics.CumulativeLost, RtcpReportBlock.MinCumulativeLost, RtcpReportBlock.MaxCumulativeLost);
        return new RtcpReportBlock(sourceSsrc, statistics.FractionLost, lost, statistics.ExtendedHighestSequence, statistics.Jitter, lsr, dlsr);
    }

    /// <summary>The RR + SDES compound for the given report blocks (none before any packet arrived).</summary>
    public RtcpCompoundPacket Build(IReadOnlyList<RtcpReportBlock> blocks) =>
        new([new RtcpReceiverReport(LocalSsrc, blocks), RtcpSourceDescription.ForCanonicalName(LocalSsrc, CanonicalName)]);
}
