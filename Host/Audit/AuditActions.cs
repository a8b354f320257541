namespace Vms.Host.Audit;

/// <summary>The action names written to the audit log (stable: reports and queries filter on them).</summary>
public static class AuditActions
{
    public const string LoginSucceeded = "login.succeeded";
    public const string LoginFailed = "login.failed";
    public const string LoginLockedOut = "login.locked";
    public const string TokenCreated = "token.created";
    public const string TokenRevoked = "token.revoked";
    public const string TokenRejected = "token.rejected";
    public const string AccessDenied = "access.denied";
    public const string LiveStart = "live.start";
    public const string LiveStop = "live.stop";
    public const string LiveHandOver = "live.handover";
    public const string PlaybackStart = "playback.start";
    public const string PlaybackStop = "playback.stop";
    public const string ExportCreated = "export.create";
    public const string ExportDownloaded = "export.download";
    public const string PtzCommand = "ptz.command";
    public const string ConfigurationChanged = "config.change";
    public const string UserCreated = "user.create";
    public const string UserChanged = "user.change";
    public const string PasswordChanged = "user.passwd";
    public const string GrantCreated = "grant.create";
    public const string GrantRemoved = "grant.remove";
    public const string RequisitionOpened = "requisition.open";
    public const string RequisitionClosed = "requisition.close";
    public const string RetentionSweep = "retention.sweep";
    public const string SubjectRequest = "subject.request";
    public const string ServiceStarted = "service.start";
}
