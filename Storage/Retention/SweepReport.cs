namespace Vms.Storage.Retention;

/// <summary>What one retention sweep did.</summary>
public sealed record SweepReport(
    DateTimeOffset Now,
    int DeletedForAge,
    long BytesDeletedForAge,
    int DeletedForQuota,
    long BytesDeletedForQuota,
    long? FirstJournalSeq,
    long? LastJournalSeq,
    IReadOnlyList<HeldSegment> Held,
    IReadOnlyList<QuotaShortfall> Shortfalls,
    IReadOnlyList<DeletionFailure> Failures)
{
    /// <summary>True when every policy was met (no shortfall, no failure); held segments are not a failure.</summary>
    public bool PoliciesMet => Shortfalls.Count == 0 && Failures.Count == 0;
}
