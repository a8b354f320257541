using Vms.Storage.Segments;

namespace Vms.Storage.Playback;

/// <summary>Finds the recorded segments of a camera stream by time (the SQL index implements it; tests use the in-memory or directory one).</summary>
public interface ISegmentLookup
{
    /// <summary>
    /// The segments of <paramref name="cameraId"/>/<paramref name="streamName"/> that overlap
    /// [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) — <c>EndUtc &gt; fromUtc</c> and
    /// <c>StartUtc &lt; toUtc</c> — ordered by <see cref="SegmentInfo.StartUtc"/>.
    /// </summary>
    Task<IReadOnlyList<SegmentInfo>> FindAsync(string cameraId, string streamName, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);
}
