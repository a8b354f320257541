using Microsoft.Extensions.Logging;
using Vms.Storage.Retention;
using Vms.Storage.Segments;

namespace Vms.Storage.Index;

/// <summary>
/// The files are the truth and the index a cache: <see cref="RebuildAsync"/> re-reads every segment file and
/// writes its row; <see cref="ReconcileAsync"/> (at start) indexes files that have no row, re-reads files whose
/// size changed, and removes rows whose file is gone, journalling each as <see cref="JournalKind.Missing"/>.
/// Works camera folder by camera folder so memory stays bounded by one camera's segments.
/// </summary>
public sealed partial class IndexRebuilder(
    ISegmentIndex index,
    ISegmentFiles files,
    ISegmentInfoReader reader,
    TimeProvider timeProvider,
    ILogger<IndexRebuilder> logger)
{
    /// <summary>The journal actor of rows removed because their file vanished.</summary>
    public const string Actor = "reconcile";

    private const int BatchSize = 1_000;
    private const int PageSize = 10_000;
    private const int MaxPages = 100_000;
    private static readonly DateTimeOffset EndOfTime = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Re-reads every file and rewrites its row; removes rows without file.</summary>
    public Task<ReconcileReport> RebuildAsync(CancellationToken cancellationToken) => RunAsync(rereadAll: true, cancellationToken);

    /// <summary>Indexes new files, re-reads changed ones, removes rows without file.</summary>
    public Task<ReconcileReport> ReconcileAsync(CancellationToken cancellationToken) => RunAsync(rereadAll: false, cancellationToken);

    private async Task<ReconcileReport> RunAsync(bool rereadAll, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var tally = new Tally();
        var usage = await index.GetUsageAsync(cancellationToken).ConfigureAwait(false);
        foreach (var root in files.Roots)
        {
            var folders = new HashSet<string>(files.Cameras(root.Name), StringComparer.Ordinal);
            var cameras = new SortedSet<string>(folders, StringComparer.Ordinal);
            cameras.UnionWith(usage.Cameras.Select(c => c.CameraId));
            foreach (var camera in cameras)
            {
                await ReconcileCameraAsync(root.Name, camera, folders.Contains(camera), rereadAll, tally, cancellationToken).ConfigureAwait(false);
            }
        }

        await index.FlushAsync(cancellationToken).ConfigureAwait(false);
        var report = new ReconcileReport(tally.Seen, tally.Added, tally.Updated, tally.Unchanged, tally.Removed, tally.Unreadable, timeProvider.GetElapsedTime(started));
        LogDone(logger, rereadAll ? "rebuild" : "reconcile", report.FilesSeen, report.Added, report.Updated, report.Removed, report.Unreadable.Count, report.Elapsed);
        return report;
    }

    private async Task ReconcileCameraAsync(string root, string camera, bool hasFolder, bool rereadAll, Tally tally, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, IndexedSegment>(StringComparer.Ordinal);
        var cursor = SegmentCursor.Start;
        for (var page = 0; page < MaxPages; page++)
        {
            var segments = await index.PageByCameraBeforeAsync(camera, EndOfTime, cursor, PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var s in segments)
            {
                if (s.Root == root)
                {
                    rows[s.Segment.RelativePath] = s;
                }
            }

            if (segments.Count < PageSize)
            {
                break;
            }

            cursor = SegmentCursor.After(segments[^1]);
        }

        var batch = new List<SegmentInfo>(BatchSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cameraFiles = hasFolder ? files.Enumerate(root, camera) : [];
        foreach (var path in cameraFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tally.Seen++;
            seen.Add(path);
            var known = rows.TryGetValue(path, out var row);
            if (known && !rereadAll && files.Length(root, path) == row!.Segment.Bytes)
            {
                tally.Unchanged++;
                continue;
            }

            try
            {
                var info = await reader.ReadAsync(root, path, cancellationToken).ConfigureAwait(false);
                batch.Add(info with { RelativePath = path });
                if (known)
                {
                    tally.Updated++;
                }
                else
                {
                    tally.Added++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                tally.Unreadable.Add((root, path, ex.Message));
                LogUnreadable(logger, root, path, ex.Message);
            }

            if (batch.Count >= BatchSize)
            {
                await index.UpsertAsync(root, batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await index.UpsertAsync(root, batch, cancellationToken).ConfigureAwait(false);
        }

        var missing = rows.Values.Where(r => !seen.Contains(r.Segment.RelativePath))
            .Select(r => new SegmentRemoval(r, JournalKind.Missing, "file not found when the index was reconciled with the disk"))
            .ToList();
        for (var i = 0; i < missing.Count; i += BatchSize)
        {
            var chunk = missing.GetRange(i, Math.Min(BatchSize, missing.Count - i));
            await index.RemoveAndJournalAsync(chunk, Actor, cancellationToken).ConfigureAwait(false);
            foreach (var m in chunk)
            {
                LogMissing(logger, root, m.Segment.Segment.RelativePath);
            }
        }

        tally.Removed += missing.Count;
    }

    [LoggerMessage(EventId = 4340, Level = LogLevel.Information, Message = "Index {Kind}: {Seen} files, {Added} added, {Updated} re-read, {Removed} rows without file removed, {Unreadable} unreadable, in {Elapsed}")]
    private static partial void LogDone(ILogger logger, string kind, long seen, long added, long updated, long removed, int unreadable, TimeSpan elapsed);

    [LoggerMessage(EventId = 4341, Level = LogLevel.Warning, Message = "Segment {Root}:{Path} is indexed but its file is gone; row removed and journalled as missing")]
    private static partial void LogMissing(ILogger logger, string root, string path);

    [LoggerMessage(EventId = 4342, Level = LogLevel.Warning, Message = "Segment file {Root}:{Path} could not be read and is not indexed: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string root, string path, string reason);

    private sealed class Tally
    {
        public long Seen { get; set; }

        public long Added { get; set; }

        public long Updated { get; set; }

        public long Unchanged { get; set; }

        public long Removed { get; set; }

        public List<(string Root, string Path, string Reason)> Unreadable { get; } = [];
    }
}
