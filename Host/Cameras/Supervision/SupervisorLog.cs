namespace Vms.Host.Cameras.Supervision;

/// <summary>Log messages of the camera supervisors (event ids 5230-5259). Never carries credentials.</summary>
internal static partial class SupervisorLog
{
    [LoggerMessage(EventId = 5230, Level = LogLevel.Information, Message = "Camera {CameraId}: online, pulling {Stream} from {Url}")]
    public static partial void Pulling(ILogger logger, string cameraId, Streaming.CameraStreamKind stream, string url);

    [LoggerMessage(EventId = 5231, Level = LogLevel.Warning, Message = "Camera {CameraId}: offline ({Reason}); retry {Attempt} in {Delay}")]
    public static partial void Offline(ILogger logger, string cameraId, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 5232, Level = LogLevel.Information, Message = "Camera {CameraId}: clock was {Offset} off, set to the server's")]
    public static partial void ClockSynced(ILogger logger, string cameraId, TimeSpan offset);

    [LoggerMessage(EventId = 5233, Level = LogLevel.Warning, Message = "Camera {CameraId}: configuration drifted, re-applied: {Drift}")]
    public static partial void Drift(ILogger logger, string cameraId, string drift);

    [LoggerMessage(EventId = 5234, Level = LogLevel.Warning, Message = "Camera {CameraId}: the camera kept other encoder values than asked: {Clamped}")]
    public static partial void Clamped(ILogger logger, string cameraId, string clamped);

    [LoggerMessage(EventId = 5235, Level = LogLevel.Warning, Message = "Camera {CameraId}: configuration check failed: {Reason}")]
    public static partial void CheckFailed(ILogger logger, string cameraId, string reason);

    [LoggerMessage(EventId = 5236, Level = LogLevel.Warning, Message = "Camera {CameraId}: {Stream} stream ended: {Reason}")]
    public static partial void StreamEnded(ILogger logger, string cameraId, Streaming.CameraStreamKind stream, string reason);

    [LoggerMessage(EventId = 5237, Level = LogLevel.Information, Message = "Camera {CameraId}: encoder and masks applied ({Detail})")]
    public static partial void Applied(ILogger logger, string cameraId, string detail);

    [LoggerMessage(EventId = 5238, Level = LogLevel.Warning, Message = "No stream ingest is registered: {Count} cameras are not supervised")]
    public static partial void NoIngest(ILogger logger, int count);

    [LoggerMessage(EventId = 5239, Level = LogLevel.Information, Message = "Camera {CameraId}: supervision started")]
    public static partial void Started(ILogger logger, string cameraId);

    [LoggerMessage(EventId = 5240, Level = LogLevel.Information, Message = "Camera {CameraId}: supervision stopped")]
    public static partial void Stopped(ILogger logger, string cameraId);
}
