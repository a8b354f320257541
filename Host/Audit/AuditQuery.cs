namespace Vms.Host.Audit;

/// <summary>Filters for <see cref="IAuditLog.QueryAsync"/>; null means any. At most <see cref="Limit"/> entries after <see cref="AfterSequence"/>.</summary>
public sealed record AuditQuery(
    string? Actor = null,
    string? Action = null,
    string? Target = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long AfterSequence = 0,
    int Limit = 1000);
