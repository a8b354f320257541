namespace Vms.Host.Audit;

/// <summary>
/// The append-only, hash-chained audit log in the service database. Every access (logins, live view,
/// playback, export, PTZ, configuration changes, rights, requisitions, retention sweeps) is appended here.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends one entry (chained to the previous one) and returns it.</summary>
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Entries matching the filters, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Re-hashes the whole chain; the first broken link, or null when it holds.</summary>
    Task<AuditChainBreak?> VerifyAsync(CancellationToken cancellationToken);
}
