namespace Vms.Host.Requisitions;

/// <summary>The destruction journal's chain as re-verified for the report.</summary>
public sealed record SubjectChainStatus(bool Intact, long EntriesChecked, long? FirstBrokenSeq, string? Problem, long HeadSeq, string HeadHash);
