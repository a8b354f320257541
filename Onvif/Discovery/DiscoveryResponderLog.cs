using System.Net;
using Microsoft.Extensions.Logging;

namespace Vms.Onvif.Discovery;

/// <summary>Log messages of the responder (event ids 3100-3149).</summary>
internal static partial class DiscoveryResponderLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "WS-Discovery responder listening on UDP {Port} ({Group}), {Devices} device(s)")]
    public static partial void Started(this ILogger logger, int port, IPAddress group, int devices);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Trace, Message = "Ignored discovery datagram from {Remote}: {Reason}")]
    public static partial void Ignored(this ILogger logger, IPEndPoint remote, string reason);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "Probe {MessageId} from {Remote} matched {Count} device(s)")]
    public static partial void ProbeAnswered(this ILogger logger, string messageId, IPEndPoint remote, int count);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Discovery send to {Target} failed")]
    public static partial void SendFailed(this ILogger logger, IPEndPoint target, Exception exception);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Too many pending discovery answers; probe from {Remote} dropped")]
    public static partial void ReplyDropped(this ILogger logger, IPEndPoint remote);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Debug, Message = "{Kind} sent for {Endpoint} from {Address}")]
    public static partial void Announced(this ILogger logger, string kind, string endpoint, IPAddress address);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "Discovery receive loop on {Local} stopped")]
    public static partial void ReceiveFailed(this ILogger logger, EndPoint? local, Exception exception);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Debug, Message = "Probe {MessageId} from {Remote} uses unsupported rule {MatchBy}")]
    public static partial void UnsupportedRule(this ILogger logger, string messageId, IPEndPoint remote, string? matchBy);
}
