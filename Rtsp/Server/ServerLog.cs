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

    [LoggerMessage(EventId = 2274, Level = LogLevel.Information, Message = "RTSP server listening on {EndPoint} (UDP RTP port {UdpPort})")]
    public static partial void Listening(ILogger logger, System.Net.EndPoint endPoint, int? udpPort);

    [LoggerMessage(EventId = 2275, Level = LogLevel.Information, Message = "RTSP server stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 2276, Level = LogLevel.Debug, Message = "Connection {ConnectionId} opened from {Remote}")]
    public static partial void ConnectionOpened(ILogger logger, string connectionId, System.Net.EndPoint? remote);

    [LoggerMessage(EventId = 2277, Level = LogLevel.Debug, Message = "Connection {ConnectionId} closed: {Reason}")]
    public static partial void ConnectionClosed(ILogger logger, string connectionId, string reason);

    [LoggerMessage(EventId = 2278, Level = LogLevel.Warning, Message = "Connection cap {Max} reached; refusing {Remote}")]
    public static partial void ConnectionCapReached(ILogger logger, int max, System.Net.EndPoint? remote);

    [LoggerMessage(EventId = 2279, Level = LogLevel.Error, Message = "Connection {ConnectionId} failed")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception, string connectionId);

    [LoggerMessage(EventId = 2280, Level = LogLevel.Debug, Message = "Connection {ConnectionId}: {Method} {Uri} (CSeq {CSeq})")]
    public static partial void RequestReceived(ILogger logger, string connectionId, string method, string uri, int cseq);

    [LoggerMessage(EventId = 2281, Level = LogLevel.Debug, Message = "Connection {ConnectionId}: response {Status} (CSeq {CSeq})")]
    public static partial void ResponseSent(ILogger logger, string connectionId, int status, int cseq);

    [LoggerMessage(EventId = 2282, Level = LogLevel.Information, Message = "{Owner}: {Method} refused with {Status}: {Detail}")]
    public static partial void RequestRefused(ILogger logger, string owner, string method, int status, string detail);

    [LoggerMessage(EventId = 2283, Level = LogLevel.Warning, Message = "Connection {ConnectionId}: unreadable input, answered {Status} and closing: {Detail}")]
    public static partial void ProtocolError(ILogger logger, string connectionId, int status, string detail);

    [LoggerMessage(EventId = 2284, Level = LogLevel.Information, Message = "Connection {ConnectionId}: authentication failed for {Method} {Path}")]
    public static partial void AuthenticationFailed(ILogger logger, string connectionId, string method, string path);

    [LoggerMessage(EventId = 2285, Level = LogLevel.Information, Message = "Session {SessionId} created on {ConnectionId} for {Path}")]
    public static partial void SessionCreated(ILogger logger, string sessionId, string connectionId, string path);

    [LoggerMessage(EventId = 2286, Level = LogLevel.Debug, Message = "Session {SessionId} plays {Path} ({Kind}, {Tracks} tracks)")]
    public static partial void SessionBound(ILogger logger, string sessionId, string path, string kind, int tracks);

    [LoggerMessage(EventId = 2287, Level = LogLevel.Debug, Message = "Session {SessionId}: {From} -> {To}")]
    public static partial void SessionState(ILogger logger, string sessionId, RtspSessionState from, RtspSessionState to);

    [LoggerMessage(EventId = 2288, Level = LogLevel.Information, Message = "Session {SessionId} ({Path}) ended: {Reason}")]
    public static partial void SessionEnded(ILogger logger, string sessionId, string path, string reason);

    [LoggerMessage(EventId = 2289, Level = LogLevel.Information, Message = "Session {SessionId} expired")]
    public static partial void SessionExpired(ILogger logger, string sessionId);

    [LoggerMessage(EventId = 2290, Level = LogLevel.Error, Message = "Session {SessionId}: {Method} failed")]
    public static partial void SessionRequestFailed(ILogger logger, Exception exception, string sessionId, string method);

    [LoggerMessage(EventId = 2291, Level = LogLevel.Debug, Message = "Connection {ConnectionId}: RTSP-over-HTTP tunnel opened for {Target}")]
    public static partial void TunnelOpened(ILogger logger, string connectionId, string target);

    [LoggerMessage(EventId = 2292, Level = LogLevel.Warning, Message = "{Method}: credentials of '{User}' rejected ({Outcome}: {Detail})")]
    public static partial void CredentialsRejected(ILogger logger, string method, string user, Vms.Rtsp.Auth.AuthenticationOutcome outcome, string detail);

    [LoggerMessage(EventId = 2293, Level = LogLevel.Error, Message = "Playback for {ViewerId} failed")]
    public static partial void PlaybackFailed(ILogger logger, Exception exception, string viewerId);

    [LoggerMessage(EventId = 2294, Level = LogLevel.Information, Message = "Session {SessionId} closed by the application: {Reason}")]
    public static partial void SessionClosedByApplication(ILogger logger, string sessionId, string reason);

    [LoggerMessage(EventId = 2295, Level = LogLevel.Error, Message = "Session {SessionId}: an end-of-session callback failed")]
    public static partial void SessionEndedCallbackFailed(ILogger logger, Exception exception, string sessionId);
}
