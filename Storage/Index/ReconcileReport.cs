namespace Vms.Storage.Index;

/// <summary>What a rebuild or reconcile found and did.</summary>
/// <param name="FilesSeen">Segment files found on the roots.</param>
/// <param name="Added">Files that had no row and were indexed.</param>
/// <param name="Updated">Rows re-read from their file (rebuild: all; reconcile: size changed).</param>
/// <param name="Unchanged">Rows whose file was present and not re-read.</param>
/// <param name="Removed">Rows whose file was gone: removed and journalled as missing.</param>
/// <param name="Unreadable">Files that could not be read (left on disk, not indexed), with the reason.</param>
/// <param name="Elapsed">Wall time of the whole pass.</param>
public sealed record ReconcileReport(
    long FilesSeen,
    long Added,
    long Updated,
    long Unchanged,
    long Removed,
    IReadOnlyList<(string Root, string Path, string Reason)> Unreadable,
    TimeSpan Elapsed)
{
    /// <summary>Elapsed time per 1,000 files read (added or updated), the rebuild speed figure.</summary>
    public TimeSpan PerThousandRead => Added + Updated == 0 ? TimeSpan.Zero : Elapsed * (1000.0 / (Added + Updated));
}
