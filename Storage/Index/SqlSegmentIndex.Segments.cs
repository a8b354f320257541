using System.Data;
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

    async Task<IReadOnlyList<SegmentInfo>> Playback.ISegmentLookup.FindAsync(string cameraId, string streamName, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        [.. (await FindAsync(cameraId, streamName, fromUtc, toUtc, cancellationToken).ConfigureAwait(false)).Select(s => s.Segment)];

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
                var time = _dialect.TimeDbType;
                var upsert = new RepeatedCommand(connection, tx, _sql[QueryNames.SegmentsUpsert], _options.CommandTimeoutSeconds,
                    ("Root", DbType.String), ("Camera", DbType.String), ("Stream", DbType.String), ("Start", time), ("End", time),
                    ("Path", DbType.String), ("Bytes", DbType.Int64), ("Codec", DbType.String), ("Width", DbType.Int32),
                    ("Height", DbType.Int32), ("Frames", DbType.Int32), ("Keyframes", DbType.Int32));
                await using (upsert.ConfigureAwait(false))
                {
                    foreach (var w in batch)
                    {
                        var s = w.Segment;
                        await upsert.Set("Root", w.Root).Set("Camera", s.CameraId).Set("Stream", s.StreamName)
                            .Set("Start", _dialect.TimeValue(s.StartUtc)).Set("End", _dialect.TimeValue(s.EndUtc))
                            .Set("Path", s.RelativePath).Set("Bytes", s.Bytes).Set("Codec", s.Codec.ToString())
                            .Set("Width", s.Width).Set("Height", s.Height).Set("Frames", s.FrameCount).Set("Keyframes", s.KeyframeCount)
                            .ExecuteAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

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
