namespace Vms.Rtsp.Server;

/// <summary>Limits of a live <see cref="RtspStream"/>.</summary>
public sealed record RtspStreamOptions
{
    /// <summary>Most packets kept in the GOP cache (beyond it, new viewers wait for the next keyframe).</summary>
    public int GopCacheMaxPackets { get; init; } = 8192;

    /// <summary>Most bytes kept in the GOP cache.</summary>
    public long GopCacheMaxBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>
    /// Oldest the cache may be, counted from the last unit pushed: a source that paused longer (an on-demand
    /// encoder, a camera that stalled) has a cache showing the past, so a new viewer waits for the next keyframe.
    /// </summary>
    public TimeSpan GopCacheMaxAge { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Interval of RTCP sender reports per track.</summary>
    public TimeSpan SenderReportInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest RTP packet (header included) the packetizers produce.</summary>
    public int MaxPacketSize { get; init; } = 1400;
}
