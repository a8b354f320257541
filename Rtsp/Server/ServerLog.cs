using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Server;

/// <summary>Server log messages (event ids 2270-2399).</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 2270, Level = LogLevel.Debug, Message = "UDP receive error {Error}")]
    public static partial void UdpReceiveError(ILogger logger, SocketError error);

    [LoggerMessage(EventId = 2271, Level = LogLevel.Debug, Message = "UDP send error for {SessionId}: {Error}")]
    public static partial void UdpSendError(ILogger logger, string sessionId, SocketError error);

    [LoggerMessage(EventId = 2272, Level = LogLevel.Warning, Message = "Playback viewer {ViewerId} dropped: send queue full")]
    public static partial void PlaybackViewerDropped(ILogger logger, string viewerId);

    [LoggerMessage(EventId = 2273, Level = LogLevel.Debug, Message = "Playback for {ViewerId} reached the end of its content")]
    public static partial void PlaybackEnded(ILogger logger, string viewerId);
}
