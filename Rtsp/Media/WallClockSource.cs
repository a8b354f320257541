namespace Vms.Rtsp.Media;

/// <summary>Where an access unit's <see cref="AccessUnit.WallClock"/> came from.</summary>
public enum WallClockSource
{
    /// <summary>No wall-clock time, or its origin is not known.</summary>
    Unknown,

    /// <summary>Mapped from the RTP timestamp through the sender's RTCP sender reports (the capture time).</summary>
    SenderReport,

    /// <summary>The arrival time of its first packet (no sender report yet).</summary>
    ArrivalTime,
}
