using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Server;

/// <summary>Live stream and fan-out log messages (event ids 2240-2269).</summary>
internal static partial class StreamLog
{
    [LoggerMessage(EventId = 2240, Level = LogLevel.Debug, Message = "Viewer {ViewerId} attached ({Viewers} viewers, waiting for keyframe: {WaitsForKeyframe})")]
    public static partial void ViewerAttached(ILogger logger, string viewerId, int viewers, bool waitsForKeyframe);

    [LoggerMessage(EventId = 2241, Level = LogLevel.Debug, Message = "Viewer {ViewerId} detached ({Viewers} viewers)")]
    public static partial void ViewerDetached(ILogger logger, string viewerId, int viewers);

    [LoggerMessage(EventId = 2242, Level = LogLevel.Warning, Message = "Viewer {ViewerId} dropped: {Reason}")]
    public static partial void ViewerDropped(ILogger logger, string viewerId, string reason);

    [LoggerMessage(EventId = 2243, Level = LogLevel.Information, Message = "Stream completed ({Reason}); {Viewers} viewers disconnected")]
    public static partial void StreamCompleted(ILogger logger, string reason, int viewers);

    [LoggerMessage(EventId = 2244, Level = LogLevel.Information, Message = "Track {TrackIndex}: new parameter sets in band")]
    public static partial void ParametersChanged(ILogger logger, int trackIndex);
}
