namespace Vms.Host.Streaming;

/// <summary>Log messages of the stream hubs (event ids 5320–5339).</summary>
internal static partial class StreamingLog
{
    [LoggerMessage(EventId = 5320, Level = LogLevel.Information, Message = "Stream {Stream}: feed opened with {Tracks} tracks (recording {Recording})")]
    public static partial void FeedOpened(ILogger logger, StreamKey stream, int tracks, bool recording);

    [LoggerMessage(EventId = 5321, Level = LogLevel.Information, Message = "Stream {Stream}: feed ended after {Frames} frames; the recording has a gap until the next feed")]
    public static partial void FeedEnded(ILogger logger, StreamKey stream, long frames);

    [LoggerMessage(EventId = 5322, Level = LogLevel.Warning, Message = "Stream {Stream}: a new feed replaces one still open")]
    public static partial void FeedReplaced(ILogger logger, StreamKey stream);

    [LoggerMessage(EventId = 5323, Level = LogLevel.Warning, Message = "Stream {Stream}: recording failed (storage full: {StorageFull}); retrying at {RetryAt}")]
    public static partial void RecordingFaulted(ILogger logger, StreamKey stream, bool storageFull, DateTimeOffset retryAt, Exception exception);

    [LoggerMessage(EventId = 5324, Level = LogLevel.Information, Message = "Stream {Stream}: recording {State}")]
    public static partial void RecordingSwitched(ILogger logger, StreamKey stream, string state);

    [LoggerMessage(EventId = 5325, Level = LogLevel.Error, Message = "Stream {Stream}: cannot record")]
    public static partial void RecorderFailed(ILogger logger, StreamKey stream, Exception exception);

    [LoggerMessage(EventId = 5326, Level = LogLevel.Debug, Message = "Stream {Stream}: unit of unknown track {Track} ignored")]
    public static partial void UnknownTrack(ILogger logger, StreamKey stream, int track);

    [LoggerMessage(EventId = 5327, Level = LogLevel.Warning, Message = "Camera registry refresh of {CameraId} failed")]
    public static partial void CatalogRefreshFailed(ILogger logger, string cameraId, Exception exception);
}
