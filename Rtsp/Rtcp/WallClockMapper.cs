using Vms.Rtsp.Media;

namespace Vms.Rtsp.Rtcp;

/// <summary>
/// Gives access units their UTC capture time from the sender's RTCP sender reports: each SR pairs an NTP time with an
/// RTP timestamp, and the track's clock rate carries that pair to any other timestamp. Before the first usable SR the
/// arrival time stands in; <see cref="WallClockSource"/> says which one was used.
/// </summary>
/// <remarks>
/// The SR's 32-bit RTP timestamp is placed on the access units' unwrapped (64-bit) timeline, in the wrap cycle
/// nearest the access units mapped around it, so the mapping holds across 32-bit wraps and for any distance from the
/// SR once placed. The latest SR wins (a sender that re-synchronises its clock moves the mapping with it); the nominal
/// clock rate is trusted (no drift estimate). An SR with an all-zero NTP time (sent by some cameras whose clock is not
/// set) is ignored. Not thread-safe.
/// </remarks>
public sealed class WallClockMapper
{
    private long _srUnwrapped;
    private bool _srPlaced;
    private long _lastMapped;
    private bool _haveMapped;

    public WallClockMapper(int clockRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        ClockRate = clockRate;
    }

    public int ClockRate { get; }

    /// <summary>The latest usable sender report (null before one arrives).</summary>
    public RtcpSenderReportReceipt? LastSenderReport { get; private set; }

    /// <summary>Sender reports ignored (zero NTP time).</summary>
    public long IgnoredSenderReports { get; private set; }

    /// <summary>Takes a sender report; false when it is ignored.</summary>
    public bool OnSenderReport(RtcpSenderReport report, DateTimeOffset arrival)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.NtpTimestamp.IsZero)
        {
            IgnoredSenderReports++;
            return false;
        }

        LastSenderReport = new RtcpSenderReportReceipt(report.Ssrc, report.NtpTimestamp, report.RtpTimestamp, arrival);
        _srPlaced = false;
        if (_haveMapped)
        {
            Place(_lastMapped);
        }

        return true;
    }

    /// <summary>
    /// The wall-clock time of <paramref name="unwrappedTimestamp"/>: from the latest SR when there is one, else
    /// <paramref name="arrival"/>.
    /// </summary>
    public DateTimeOffset Map(long unwrappedTimestamp, DateTimeOffset arrival, out WallClockSource source)
    {
        if (TryMap(unwrappedTimestamp, out var wallClock))
        {
            source = WallClockSource.SenderReport;
            return wallClock;
        }

        source = WallClockSource.ArrivalTime;
        return arrival;
    }

    /// <summary>The wall-clock time of <paramref name="unwrappedTimestamp"/> from the latest SR; false before one.</summary>
    public bool TryMap(long unwrappedTimestamp, out DateTimeOffset wallClock)
    {
        _lastMapped = unwrappedTimestamp;
        _haveMapped = true;
        if (LastSenderReport is not { } sr)
        {
            wallClock = default;
            return false;
        }

        if (!_srPlaced)
        {
            Place(unwrappedTimestamp);
        }

        var units = unwrappedTimestamp - _srUnwrapped;
        var ticks = (long)((Int128)units * TimeSpan.TicksPerSecond / ClockRate);
        wallClock = sr.NtpTimestamp.ToDateTime().AddTicks(ticks);
        return true;
    }

    /// <summary>Forgets the sender reports (a new source).</summary>
    public void Reset()
    {
        LastSenderReport = null;
        _srPlaced = false;
        _haveMapped = false;
    }

    private void Place(long near)
    {
        // the SR timestamp in the wrap cycle nearest an access unit around it
        var sr = LastSenderReport!.Value;
        _srUnwrapped = near + unchecked((int)(sr.RtpTimestamp - (uint)near));
        _srPlaced = true;
    }
}
