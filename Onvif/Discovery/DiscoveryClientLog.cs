using System.Net;
using Microsoft.Extensions.Logging;

namespace Vms.Onvif.Discovery;

/// <summary>Log messages of the discovery client (event ids 3150-3199).</summary>
internal static partial class DiscoveryClientLog
{
    [LoggerMessage(EventId = 3150, Level = LogLevel.Debug, Message = "Probing {Group}:{Port} from {Interface}")]
    public static partial void Probing(this ILogger logger, IPAddress group, int port, IPAddress @interface);

    [LoggerMessage(EventId = 3151, Level = LogLevel.Information, Message = "Discovery found {Count} device(s)")]
    public static partial void Found(this ILogger logger, int count);

    [LoggerMessage(EventId = 3152, Level = LogLevel.Warning, Message = "Cannot probe from {Interface}")]
    public static partial void InterfaceFailed(this ILogger logger, IPAddress @interface, Exception exception);

    [LoggerMessage(EventId = 3153, Level = LogLevel.Trace, Message = "Ignored discovery datagram from {Remote}: {Reason}")]
    public static partial void IgnoredAnswer(this ILogger logger, IPEndPoint remote, string reason);

    [LoggerMessage(EventId = 3154, Level = LogLevel.Debug, Message = "Unicast probe of {Count} target(s) on port {Port}")]
    public static partial void UnicastSweep(this ILogger logger, int count, int port);
}
