using Dapper;
using Vms.Storage.Index.Rows;
using Vms.Storage.Segments;

namespace Vms.Storage.Index;

/// <summary>Segment rows: batched and direct upserts, range and instant lookups, paging for retention and reconcile.</summary>
internal sealed partial class SqlSegmentIndex
{
    public ValueTask EnqueueAsync(string root, SegmentInfo segment, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        Validate(root, segment);
        return _writer.EnqueueAsync(new SegmentWrite(root, segment), cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _writer.FlushAsync(cancellationToken);

    public Task UpsertAsync(string root, IReadOnlyList<SegmentInfo> segments, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(segments);
        var writes = new List<SegmentWrite>(segments.Count);
        foreach (var s in segments)
        {
            Validate(root, s);
            writes.Add(new SegmentWrite(root, s));
        }

        return UpsertBatchAsync(writes, cancellationToken);
    }

    public async Task<IReadOnlyList<IndexedSegment>> FindAsync(string cameraId, string streamName, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<SegmentRow>(Command(
                QueryNames.SegmentsFindRange,
                new { Camera = cameraId, Stream = streamName, From = T(fromUtc), To = T(toUtc) },
                null,
                cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(ToSegment)];
        }
    }

    public async Task<IndexedSegment?> OpenAtAsync(string cameraId, string streamName, DateTimeOffset atUtc, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QueryFirstOrDefaultAsync<SegmentRow>(Command(
                QueryNames.SegmentsOpenAt,
                new { Camera = cameraId, Stream = streamName, At = T(atUtc) },
                null,
                cancellationToken)).ConfigureAwait(false);
            return row is null ? null : ToSegment(row);
        }
    }

    public async Task<long> CountSegmentsAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteScalarAsync<long>(Command(QueryNames.SegmentsCount, null, null, cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<IndexedSegment>> PageByRootAsync(string root, SegmentCursor after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<SegmentRow>(Command(
                QueryNames.SegmentsPageByRoot,
                new { Root = root, AfterStart = T(after.AfterStart), AfterId = after.AfterId, Limit = limit },
                null,
                cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(ToSegment)];
        }
    }

    public async Task<IReadOnlyList<IndexedSegment>> PageByCameraBeforeAsync(string cameraId, DateTimeOffset beforeUtc, SegmentCursor after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<SegmentRow>(Command(
                QueryNames.SegmentsPageByCameraBefore,
                new { Camera = cameraId, Before = T(beforeUtc), AfterStart = T(after.AfterStart), AfterId = after.AfterId, Limit = limit },
                null,
                cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(ToSegment)];
        }
    }

    /// <summary>One transaction for the whole batch (the background writer's commit).</summary>
    private async Task UpsertBatchAsync(List<SegmentWrite> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                await connection.ExecuteAsync(Command(QueryNames.SegmentsUpsert, batch.Select(SegmentArgs), tx, cancellationToken)).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private object SegmentArgs(SegmentWrite w) => new
    {
        w.Root,
        Camera = w.Segment.CameraId,
        Stream = w.Segment.StreamName,
        Start = T(w.Segment.StartUtc),
        End = T(w.Segment.EndUtc),
        Path = w.Segment.RelativePath,
        w.Segment.Bytes,
        Codec = w.Segment.Codec.ToString(),
        w.Segment.Width,
        w.Segment.Height,
        Frames = w.Segment.FrameCount,
        Keyframes = w.Segment.KeyframeCount,
    };

    private static void Validate(string root, SegmentInfo s)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(s);
        if (string.IsNullOrEmpty(s.CameraId) || string.IsNullOrEmpty(s.StreamName) || string.IsNullOrEmpty(s.RelativePath))
        {
            throw new ArgumentException($"segment {s.RelativePath} lacks a camera, stream or path", nameof(s));
        }

        if (s.EndUtc < s.StartUtc || s.Bytes < 0 || s.FrameCount < 0 || s.KeyframeCount < 0)
        {
            throw new ArgumentException($"segment {s.RelativePath} has an inconsistent range or count ({s.StartUtc:O} .. {s.EndUtc:O}, {s.Bytes} bytes)", nameof(s));
        }
    }
}
