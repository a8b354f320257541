using Microsoft.Extensions.Logging;
using Vms.Rtsp.Media;
using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Server;

/// <summary>What connections and sessions of one server share: options, clock, logger, path resolver, UDP sockets, registry.</summary>
internal sealed class ServerContext(
    RtspServerOptions options,
    IRtspPathResolver resolver,
    TimeProvider time,
    ILoggerFactory loggers,
    Func<MediaTrack, int, ITrackPacketizer> packetizers)
{
    public RtspServerOptions Options { get; } = options;

    public IRtspPathResolver Resolver { get; } = resolver;

    public TimeProvider Time { get; } = time;

    public ILoggerFactory Loggers { get; } = loggers;

    public ILogger Logger { get; } = loggers.CreateLogger("Vms.Rtsp.Server.RtspServer");

    public Func<MediaTrack, int, ITrackPacketizer> Packetizers { get; } = packetizers;

    public SessionRegistry Sessions { get; } = new(options.MaxSessions);

    /// <summary>The shared UDP pair, or null when UDP is off.</summary>
    public UdpMediaSockets? Udp { get; set; }

    public OutboundQueueLimits ViewerLimits { get; } = new(options.ViewerQueuePackets, options.ViewerQueueBytes);

    /// <summary>Raised after a session has ended and released everything (id, reason).</summary>
    public event Action<string, string>? SessionEnded;

    public void OnSessionEnded(string id, string reason) => SessionEnded?.Invoke(id, reason);

    public long TimeoutTicks(TimeSpan timeout) => (long)(timeout.TotalSeconds * Time.TimestampFrequency);
}
