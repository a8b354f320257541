namespace Vms.Storage.Index;

/// <summary>
/// What was recorded of one camera stream between two instants: the continuous spans and the gaps between
/// and around them, both clipped to [<see cref="From"/>, <see cref="To"/>).
/// </summary>
public sealed record Timeline(
    string CameraId,
    string StreamName,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<TimelineSpan> Spans,
    IReadOnlyList<TimeRange> Gaps)
{
    /// <summary>Total recorded time inside the range.</summary>
    public TimeSpan Recorded => Spans.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);

    /// <summary>Builds a timeline from spans (ascending, possibly extending past the range), clipping them and deriving the gaps.</summary>
    public static Timeline FromSpans(string camera, string stream, DateTimeOffset from, DateTimeOffset to, IEnumerable<TimelineSpan> spans)
    {
        var clipped = new List<TimelineSpan>();
        var gaps = new List<TimeRange>();
        var cursor = from;
        foreach (var span in spans)
        {
            var start = span.Start < from ? from : span.Start;
            var end = span.End > to ? to : span.End;
            if (end <= start)
            {
                continue;
            }

            if (start > cursor)
            {
                gaps.Add(new TimeRange(cursor, start));
            }

            clipped.Add(span with { Start = start, End = end });
            if (end > cursor)
            {
                cursor = end;
            }
        }

        if (cursor < to)
        {
            gaps.Add(new TimeRange(cursor, to));
        }

        return new Timeline(camera, stream, from, to, clipped, gaps);
    }
}
