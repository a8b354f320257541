using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Client;

/// <summary>Client log messages (event ids 2400-2499).</summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Information, Message = "RTSP client connecting to {Url} ({Transport})")]
    public static partial void Connecting(ILogger logger, string url, RtspClientTransport transport);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Debug, Message = "{Method} {Uri} → {Status}")]
    public static partial void Exchanged(ILogger logger, string method, string uri, int status);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Information, Message = "Playing {Url}: {Tracks} tracks (skipped: {Skipped})")]
    public static partial void Playing(ILogger logger, string url, int tracks, IReadOnlyList<string> skipped);

    [LoggerMessage(EventId = 2403, Level = LogLevel.Information, Message = "RTSP client for {Url} stopped: {Result}")]
    public static partial void Stopped(ILogger logger, string url, RtspClientResult result);

    [LoggerMessage(EventId = 2404, Level = LogLevel.Warning, Message = "No media from {Url} for {Seconds} s: stalled")]
    public static partial void Stalled(ILogger logger, string url, double seconds);

    [LoggerMessage(EventId = 2405, Level = LogLevel.Debug, Message = "Keep-alive {Method} failed: {Reason}")]
    public static partial void KeepAliveFailed(ILogger logger, string method, string reason);

    [LoggerMessage(EventId = 2406, Level = LogLevel.Debug, Message = "UDP send to {To} failed: {Reason}")]
    public static partial void UdpSendFailed(ILogger logger, System.Net.IPEndPoint to, string reason);

    [LoggerMessage(EventId = 2407, Level = LogLevel.Trace, Message = "Interleaved frame on unknown channel {Channel} ignored")]
    public static partial void UnknownChannel(ILogger logger, int channel);

    [LoggerMessage(EventId = 2408, Level = LogLevel.Debug, Message = "Server request {Method} answered {Status}")]
    public static partial void ServerRequest(ILogger logger, string method, int status);

    [LoggerMessage(EventId = 2409, Level = LogLevel.Debug, Message = "Track {Track} of {Url} not set up: {Reason}")]
    public static partial void TrackSkipped(ILogger logger, int track, string url, string reason);
}
