using Vms.Host.Audit;

namespace Vms.Host.Cameras;

/// <summary>Camera commands into the service's audit log: PTZ as <c>ptz.command</c>, the rest as <c>config.change</c>,
/// target <c>camera:ID</c>, details <c>{"command": ..., "detail": ...}</c>.</summary>
public sealed class AuditLogCameraAudit(IAuditLog audit) : ICameraAudit
{
    public async ValueTask RecordAsync(CameraAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var action = entry.Action.StartsWith("ptz.", StringComparison.Ordinal) ? AuditActions.PtzCommand : AuditActions.ConfigurationChanged;
        await audit.AppendAsync(
            AuditRecord.Of(action, entry.Actor ?? AuditRecord.SystemActor, AuditRecord.CameraTarget(entry.CameraId), entry.ClientAddress, ("command", entry.Action), ("detail", entry.Detail)),
            cancellationToken).ConfigureAwait(false);
    }
}
