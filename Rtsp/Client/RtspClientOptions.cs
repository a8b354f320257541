using System.Net;

namespace Vms.Rtsp.Client;

/// <summary>What an <see cref="RtspClient"/> pulls and how (immutable).</summary>
public sealed record RtspClientOptions
{
    /// <summary>
    /// The stream URL (<c>rtsp://host[:port]/path</c>). For convenience it may carry <c>user:password@</c>
    /// (percent-decoded); <see cref="UserName"/>/<see cref="Password"/> take precedence and need no escaping.
    /// </summary>
    public required string Url { get; init; }

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>TCP interleaved (default) or UDP unicast.</summary>
    public RtspClientTransport Transport { get; init; } = RtspClientTransport.Tcp;

    /// <summary>UDP: the first even local port to try for each track's RTP/RTCP pair (0 = any free pair).</summary>
    public int UdpPortBase { get; init; }

    /// <summary>UDP: the local address to bind (any by default).</summary>
    public IPAddress UdpBindAddress { get; init; } = IPAddress.Any;

    /// <summary>Connecting and each request/response exchange must finish within this.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>No media for this long after PLAY ends the client with <see cref="RtspClientStopReason.Stalled"/>.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Keep-alive interval; null: half the session timeout the server announces (60 s if none).</summary>
    public TimeSpan? KeepAliveInterval { get; init; }

    /// <summary>RTCP receiver reports per track at this interval.</summary>
    public TimeSpan ReceiverReportInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Access units waiting in <see cref="RtspClient.Frames"/>; beyond it new ones are dropped and counted.</summary>
    public int FrameQueueCapacity { get; init; } = 1024;

    /// <summary>The User-Agent header.</summary>
    public string UserAgent { get; init; } = "Vms";

    /// <summary>Period of the client's heartbeat (keep-alive, reports, stall checks).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Url);
        if (!Url.StartsWith("rtsp://", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("only rtsp:// URLs are supported", nameof(Url));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero, nameof(RequestTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(StallTimeout, TimeSpan.Zero, nameof(StallTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(FrameQueueCapacity, 1, nameof(FrameQueueCapacity));
        if (UdpPortBase is < 0 or > 65532 || UdpPortBase % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(UdpPortBase), "an even port, or 0");
        }
    }
}
