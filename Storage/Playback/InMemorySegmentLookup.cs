using Vms.Storage.Segments;

namespace Vms.Storage.Playback;

/// <summary>A segment lookup over a list held in memory (tests, and small tools).</summary>
public sealed class InMemorySegmentLookup : ISegmentLookup
{
    private readonly Lock _gate = new();
    private readonly List<SegmentInfo> _segments = [];

    public InMemorySegmentLookup()
    {
    }

    public InMemorySegmentLookup(IEnumerable<SegmentInfo> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        _segments.AddRange(segments);
    }

    public void Add(SegmentInfo segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        lock (_gate)
        {
            _segments.Add(segment);
        }
    }

    public bool Remove(SegmentInfo segment)
    {
        lock (_gate)
        {
            return _segments.Remove(segment);
        }
    }

    public Task<IReadOnlyList<SegmentInfo>> FindAsync(string cameraId, string streamName, DateTimeOffset fromUtc, DateTimeOffset toUtc,
        CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SegmentInfo> found =
            [
                .. _segments
                    .Where(s => s.CameraId == cameraId && s.StreamName == streamName && s.EndUtc > fromUtc && s.StartUtc < toUtc)
                    .OrderBy(s => s.StartUtc)
                    .ThenBy(s => s.RelativePath, StringComparer.Ordinal),
            ];
            return Task.FromResult(found);
        }
    }
}
