namespace Vms.Storage.Retention;

/// <summary>
/// The answer to "were camera X's recordings of day D destroyed, and when?": the erasure entries overlapping
/// the day (each with its time, reason and actor), the hold events, how many segments of the day are still
/// indexed, and the state of the journal's hash chain (entries are only proof when it is intact).
/// </summary>
public sealed record DestructionReport(
    string CameraId,
    DateTimeOffset FromUtc,
    DateTimeOffset ToUtc,
    IReadOnlyList<JournalEntry> Erasures,
    IReadOnlyList<JournalEntry> HoldEvents,
    int SegmentsRemaining,
    ChainVerification Chain)
{
    /// <summary>True when something of the day was erased, nothing of it remains indexed, and the journal is intact.</summary>
    public bool FullyDestroyed => Erasures.Count > 0 && SegmentsRemaining == 0 && Chain.IsIntact;

    /// <summary>When the last erasure of the day happened.</summary>
    public DateTimeOffset? LastErasureAtUtc => Erasures.Count == 0 ? null : Erasures.Max(e => e.AtUtc);
}
