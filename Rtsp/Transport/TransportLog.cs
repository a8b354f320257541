using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Transport;

/// <summary>Transport log messages (event ids 2200-2239).</summary>
internal static partial class TransportLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Debug, Message = "Connection {ConnectionId} aborted: {Reason}")]
    public static partial void ConnectionAborted(ILogger logger, string connectionId, string reason);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Trace, Message = "Connection {ConnectionId} receive ended: {Reason}")]
    public static partial void ReceiveEnded(ILogger logger, string connectionId, string reason);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Trace, Message = "Connection {ConnectionId} send ended: {Reason}")]
    public static partial void SendEnded(ILogger logger, string connectionId, string reason);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Debug, Message = "Accept failed ({Error}); still listening")]
    public static partial void AcceptFailed(ILogger logger, System.Net.Sockets.SocketError error);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "Connection {ConnectionId}: send queue full ({Items} entries, {Bytes} bytes); the peer is dropped")]
    public static partial void SendQueueFull(ILogger logger, string connectionId, int items, long bytes);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Trace, Message = "Connection {ConnectionId} writer stopped: {Reason}")]
    public static partial void WriterStopped(ILogger logger, string connectionId, string reason);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Error, Message = "Heartbeat tick failed")]
    public static partial void HeartbeatFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2207, Level = LogLevel.Warning, Message = "Connection {ConnectionId}: {Reason} ({Items} entries, {Bytes} bytes queued); the peer is dropped")]
    public static partial void PeerStalled(ILogger logger, string connectionId, string reason, int items, long bytes);

    /// <summary>Logged once the flush is marked as waiting, so the stall check sees it from then on.</summary>
    [LoggerMessage(EventId = 2208, Level = LogLevel.Trace, Message = "Connection {ConnectionId}: the peer's window is full; the writer waits with {Bytes} bytes flushed")]
    public static partial void WaitingForPeer(ILogger logger, string connectionId, int bytes);
}
