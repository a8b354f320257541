namespace Vms.Storage.Retention;

/// <summary>What an execution did: the journal entries of the deletions, and what it could not delete.</summary>
public sealed record DeletionResult(IReadOnlyList<JournalEntry> Journalled, IReadOnlyList<DeletionFailure> Failures)
{
    public long DeletedBytes => Journalled.Sum(e => e.Bytes);
}
