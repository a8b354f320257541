using System.Net;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

/// <summary>Settings of an <see cref="RtspServer"/> (immutable; validated by the server's constructor).</summary>
public sealed record RtspServerOptions
{
    /// <summary>Where to listen (TCP; RTSP and RTSP-over-HTTP share the port). Port 0 picks a free port: see <see cref="RtspServer.EndPoints"/>.</summary>
    public IReadOnlyList<IPEndPoint> EndPoints { get; init; } = [new IPEndPoint(IPAddress.Any, 8554)];

    /// <summary>
    /// The even UDP port of the shared RTP/RTCP pair for <c>RTP/AVP</c> unicast (RTCP on the next port);
    /// 0 picks a free pair, null turns UDP off (SETUP then offers TCP interleaved only).
    /// </summary>
    public int? UdpRtpPort { get; init; } = 0;

    /// <summary>
    /// Fault injection (simulated network loss): called once for each outgoing UDP RTP packet, just before it is
    /// sent; true drops the packet. RTCP and TCP-interleaved media are never affected (TCP does not lose packets).
    /// Null: nothing is dropped. Called from every session's send loop at once, so it must be thread-safe.
    /// </summary>
    public Func<bool>? UdpRtpPacketLoss { get; init; }

    /// <summary>Connections served at once; beyond it requests are answered 503 and the connection closed.</summary>
    public int MaxConnections { get; init; } = 1024;

    /// <summary>Sessions at once; a SETUP beyond it is answered 503.</summary>
    public int MaxSessions { get; init; } = 1024;

    /// <summary>A session without any request or RTCP report for this long is torn down (announced in the Session header).</summary>
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A connection without requests and without a playing interleaved session is closed after this long.</summary>
    public TimeSpan IdleConnectionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Per viewer: most packets queued for sending; a viewer beyond it is dropped.</summary>
    public int ViewerQueuePackets { get; init; } = 8192;

    /// <summary>Per viewer: most bytes queued for sending; a viewer beyond it is dropped.</summary>
    public long ViewerQueueBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>
    /// Kernel send buffer per connection (null: the OS default, which Linux grows to 4 MB). Bounded, a slow viewer
    /// fills it, then its queue, and is dropped, instead of hiding seconds of latency in the kernel.
    /// </summary>
    public int? SocketSendBufferSize { get; init; } = 256 * 1024;

    /// <summary>A viewer whose connection accepts no byte for this long while media is queued is dropped (stalled client of a low-rate stream).</summary>
    public TimeSpan ViewerStallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The Digest realm announced in WWW-Authenticate (with <see cref="RtspServerSecurity.Digest"/>).</summary>
    public string Realm { get; init; } = "Vms";

    /// <summary>The Server header value.</summary>
    public string ServerName { get; init; } = "Vms";

    /// <summary>Accept RTSP tunnelled in HTTP (GET + POST with x-sessioncookie) on the same port.</summary>
    public bool HttpTunnelling { get; init; } = true;

    /// <summary>Caps of the request parser (header block, body size...).</summary>
    public RtspParserOptions? Parser { get; init; }

    /// <summary>Period of the heartbeat that checks timeouts.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    internal void Validate()
    {
        if (EndPoints.Count == 0)
        {
            throw new ArgumentException("at least one endpoint", nameof(EndPoints));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConnections, 1, nameof(MaxConnections));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSessions, 1, nameof(MaxSessions));
        ArgumentOutOfRangeException.ThrowIfLessThan(SessionTimeout, TimeSpan.FromSeconds(1), nameof(SessionTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(ViewerQueuePackets, 16, nameof(ViewerQueuePackets));
        ArgumentOutOfRangeException.ThrowIfLessThan(ViewerQueueBytes, 16 * 1024, nameof(ViewerQueueBytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(HeartbeatInterval, TimeSpan.Zero, nameof(HeartbeatInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ViewerStallTimeout, TimeSpan.Zero, nameof(ViewerStallTimeout));
        if (UdpRtpPort is { } port && (port < 0 || port > 65534 || port % 2 != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(UdpRtpPort), "an even port (or 0)");
        }
    }
}
