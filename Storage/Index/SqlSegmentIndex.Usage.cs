using Dapper;
using Vms.Storage.Index.Rows;

namespace Vms.Storage.Index;

/// <summary>Timelines and usage.</summary>
internal sealed partial class SqlSegmentIndex
{
    public async Task<Timeline> GetTimelineAsync(string cameraId, string streamName, DateTimeOffset fromUtc, DateTimeOffset toUtc, TimeSpan tolerance, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tolerance, TimeSpan.Zero);
        var from = UnixMicros.Truncate(fromUtc);
        var to = UnixMicros.Truncate(toUtc);
        if (to <= from)
        {
            return new Timeline(cameraId, streamName, from, to, [], []);
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<SpanRow>(Command(
                QueryNames.SegmentsTimeline,
                new { Camera = cameraId, Stream = streamName, From = T(from), To = T(to) },
                null,
                cancellationToken)).ConfigureAwait(false);
            return Timeline.FromSpans(cameraId, streamName, from, to, Join(rows, UnixMicros.From(tolerance)));
        }
    }

    /// <summary>Gaps and islands over segments sorted by start: a segment starting at most <paramref name="toleranceUs"/> after the furthest end so far joins the span.</summary>
    private static List<TimelineSpan> Join(IEnumerable<SpanRow> rows, long toleranceUs)
    {
        var spans = new List<TimelineSpan>();
        long start = 0, end = 0, count = 0;
        foreach (var r in rows)
        {
            if (count > 0 && r.StartUs <= end + toleranceUs)
            {
                end = Math.Max(end, r.EndUs);
                count++;
                continue;
            }

            if (count > 0)
            {
                spans.Add(new TimelineSpan(UnixMicros.ToInstant(start), UnixMicros.ToInstant(end), count));
            }

            (start, end, count) = (r.StartUs, r.EndUs, 1);
        }

        if (count > 0)
        {
            spans.Add(new TimelineSpan(UnixMicros.ToInstant(start), UnixMicros.ToInstant(end), count));
        }

        return spans;
    }

    public async Task<StorageUsage> GetUsageAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var cameraRows = await connection.QueryAsync<CameraUsageRow>(Command(QueryNames.UsagePerCamera, null, null, cancellationToken)).ConfigureAwait(false);
            var rootRows = await connection.QueryAsync<RootUsageRow>(Command(QueryNames.UsagePerRoot, null, null, cancellationToken)).ConfigureAwait(false);
            var days = await connection.ExecuteScalarAsync<long>(Command(QueryNames.UsageTotalDays, null, null, cancellationToken)).ConfigureAwait(false);

            var cameras = cameraRows.Select(r => new CameraUsage(
                r.Camera,
                r.Segments,
                r.Bytes,
                r.OldestUs is { } o ? UnixMicros.ToInstant(o) : null,
                r.NewestUs is { } n ? UnixMicros.ToInstant(n) : null,
                (int)r.Days)).ToList();
            var roots = rootRows.Select(r => new RootUsage(r.Root, r.Segments, r.Bytes)).ToList();
            return new StorageUsage(
                cameras.Sum(c => c.Segments),
                cameras.Sum(c => c.Bytes),
                cameras.Min(c => c.Oldest),
                cameras.Max(c => c.Newest),
                (int)days,
                cameras,
                roots);
        }
    }
}
