using Microsoft.Extensions.Logging;

namespace Vms.Storage.Recording;

// Event ids 4150-4199: camera recorder.
public sealed partial class CameraRecorder
{
    [LoggerMessage(EventId = 4150, Level = LogLevel.Information, Message = "{Camera}/{Stream}: recorder started")]
    private partial void LogStarted(string camera, string stream);

    [LoggerMessage(EventId = 4151, Level = LogLevel.Information, Message = "{Camera}/{Stream}: recorder stopped")]
    private partial void LogStopped(string camera, string stream);

    [LoggerMessage(EventId = 4152, Level = LogLevel.Warning, Message = "{Camera}/{Stream}: recording queue full ({Capacity} units); dropping until the next keyframe")]
    private partial void LogQueueFull(string camera, string stream, int capacity);

    [LoggerMessage(EventId = 4153, Level = LogLevel.Error, Message = "{Camera}/{Stream}: storage full; recording suspended until {RetryAt:O}")]
    private partial void LogStorageFull(string camera, string stream, DateTimeOffset retryAt, Exception exception);

    [LoggerMessage(EventId = 4154, Level = LogLevel.Error, Message = "{Camera}/{Stream}: write error; recording suspended until {RetryAt:O}")]
    private partial void LogWriteError(string camera, string stream, DateTimeOffset retryAt, Exception exception);

    [LoggerMessage(EventId = 4155, Level = LogLevel.Information, Message = "{Camera}/{Stream}: retrying recording at the next keyframe")]
    private partial void LogRetrying(string camera, string stream);

    [LoggerMessage(EventId = 4156, Level = LogLevel.Error, Message = "{Camera}/{Stream}: a {Event} handler threw")]
    private partial void LogHandlerFailed(string camera, string stream, string @event, Exception exception);

    [LoggerMessage(EventId = 4157, Level = LogLevel.Warning, Message = "{Camera}/{Stream}: stopped before {Queued} queued units were written")]
    private partial void LogAbandoned(string camera, string stream, int queued);
}
