namespace Vms.Storage.Retention;

/// <summary>What one planning pass decided.</summary>
public sealed record RetentionPlan(
    DateTimeOffset Now,
    IReadOnlyList<PlannedDeletion> Deletions,
    IReadOnlyList<HeldSegment> Held,
    IReadOnlyList<QuotaShortfall> Shortfalls)
{
    public long DeletedBytes => Deletions.Sum(d => d.Segment.Segment.Bytes);
}
