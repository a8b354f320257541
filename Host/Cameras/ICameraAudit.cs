namespace Vms.Host.Cameras;

/// <summary>
/// Where the camera feature records the commands people give (PTZ, configuration changes). The service's audit log
/// plugs in here; until it does, <see cref="LoggingCameraAudit"/> writes them to the log.
/// </summary>
public interface ICameraAudit
{
    ValueTask RecordAsync(CameraAuditEntry entry, CancellationToken cancellationToken);
}
