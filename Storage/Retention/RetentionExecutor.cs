using Microsoft.Extensions.Logging;
using Vms.Storage.Index;

namespace Vms.Storage.Retention;

/// <summary>
/// Carries out deletions: for each chunk it re-reads the active holds (a requisition may arrive mid-sweep),
/// deletes the files, then removes their rows and journals each deletion in one transaction. A crash between
/// the file deletion and the journal leaves rows without files, which the next reconcile journals as
/// <see cref="JournalKind.Missing"/>: nothing is ever erased without an entry.
/// </summary>
public sealed partial class RetentionExecutor(ISegmentIndex index, ISegmentFiles files, ILogger<RetentionExecutor> logger)
{
    /// <summary>Deletions per transaction.</summary>
    public const int ChunkSize = 500;

    public async Task<DeletionResult> ExecuteAsync(IReadOnlyList<PlannedDeletion> deletions, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deletions);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var journalled = new List<JournalEntry>();
        var failures = new List<DeletionFailure>();
        for (var offset = 0; offset < deletions.Count; offset += ChunkSize)
        {
            var chunk = deletions.Skip(offset).Take(ChunkSize).ToList();
            var holds = await index.GetHoldsAsync(includeReleased: false, cancellationToken).ConfigureAwait(false);
            var removals = new List<SegmentRemoval>(chunk.Count);
            foreach (var d in chunk)
            {
                var s = d.Segment.Segment;
                if (holds.FirstOrDefault(h => h.Protects(s.CameraId, s.StartUtc, s.EndUtc)) is { } hold)
                {
                    failures.Add(new DeletionFailure(d.Segment, $"protected by legal hold {hold.Id} ({hold.Reference})"));
                    continue;
                }

                try
                {
                    var existed = await files.DeleteAsync(d.Segment.Root, s.RelativePath, cancellationToken).ConfigureAwait(false);
                    removals.Add(new SegmentRemoval(d.Segment, d.Reason, existed ? d.Detail : d.Detail + "; file was already absent"));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    failures.Add(new DeletionFailure(d.Segment, ex.Message));
                    LogDeleteFailed(logger, d.Segment.Root, s.RelativePath, ex);
                }
            }

            if (removals.Count > 0)
            {
                journalled.AddRange(await index.RemoveAndJournalAsync(removals, actor, cancellationToken).ConfigureAwait(false));
            }
        }

        if (journalled.Count > 0)
        {
            var bytes = journalled.Sum(e => e.Bytes);
            LogDeleted(logger, journalled.Count, bytes, actor, failures.Count);
        }

        return new DeletionResult(journalled, failures);
    }

    /// <summary>An operator's deletion (journalled as <see cref="JournalKind.Manual"/>); held segments are refused.</summary>
    public Task<DeletionResult> DeleteManuallyAsync(IReadOnlyList<IndexedSegment> segments, string actor, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        return ExecuteAsync([.. segments.Select(s => new PlannedDeletion(s, JournalKind.Manual, reference))], actor, cancellationToken);
    }

    [LoggerMessage(EventId = 4400, Level = LogLevel.Information, Message = "Deleted and journalled {Count} segments ({Bytes} bytes) for {Actor}; {Failures} not deleted")]
    private static partial void LogDeleted(ILogger logger, int count, long bytes, string actor, int failures);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Warning, Message = "Could not delete segment {Root}:{Path}; it stays indexed and is retried next sweep")]
    private static partial void LogDeleteFailed(ILogger logger, string root, string path, Exception exception);
}
