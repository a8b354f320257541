namespace Vms.Host.Cameras;

/// <summary>The stand-in audit sink: one information line per command (event id 5290).</summary>
public sealed partial class LoggingCameraAudit(ILogger<LoggingCameraAudit> logger) : ICameraAudit
{
    public ValueTask RecordAsync(CameraAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Log(logger, entry.Action, entry.CameraId, entry.Actor ?? "anonymous", entry.Detail ?? string.Empty);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 5290, Level = LogLevel.Information, Message = "Audit: {Action} on camera {CameraId} by {Actor} {Detail}")]
    private static partial void Log(ILogger logger, string action, string cameraId, string actor, string detail);
}
