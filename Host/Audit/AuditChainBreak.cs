namespace Vms.Host.Audit;

/// <summary>Where an audit chain stops holding, and why.</summary>
public sealed record AuditChainBreak(long Sequence, string Reason);
