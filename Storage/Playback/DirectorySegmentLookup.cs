using System.Collections.Concurrent;
using Vms.Storage.Fmp4.Reading;
using Vms.Storage.Segments;

namespace Vms.Storage.Playback;

/// <summary>
/// A segment lookup that lists the store's hour directories and reads each file's <see cref="SegmentInfo"/>
/// (cached per path and size). Works without the index, e.g. to check the index or in tests; a segment is
/// found when it starts at most <paramref name="maxSegmentSpan"/> before the range.
/// </summary>
public sealed class DirectorySegmentLookup(SegmentStore store, TimeSpan? maxSegmentSpan = null) : ISegmentLookup
{
    private readonly SegmentStore _store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly TimeSpan _span = maxSegmentSpan ?? TimeSpan.FromHours(1.5);
    private readonly ConcurrentDictionary<string, (long Length, SegmentInfo Info)> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<SegmentInfo>> FindAsync(string cameraId, string streamName, DateTimeOffset fromUtc, DateTimeOffset toUtc,
        CancellationToken cancellationToken)
    {
        var from = fromUtc == DateTimeOffset.MinValue ? fromUtc : fromUtc - _span;
        var found = new List<SegmentInfo>();
        foreach (var relative in _store.EnumerateSegments(cameraId, streamName, from, toUtc))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = await ReadAsync(relative, cancellationToken).ConfigureAwait(false);
            if (info is not null && info.EndUtc > fromUtc && info.StartUtc < toUtc)
            {
                found.Add(info);
            }
        }

        found.Sort((a, b) => a.StartUtc.CompareTo(b.StartUtc));
        return found;
    }

    private async Task<SegmentInfo?> ReadAsync(string relative, CancellationToken ct)
    {
        var full = _store.GetFullPath(relative);
        long length;
        try
        {
            length = new FileInfo(full).Length;
        }
        catch (IOException)
        {
            return null;
        }

        if (_cache.TryGetValue(relative, out var cached) && cached.Length == length)
        {
            return cached.Info;
        }

        try
        {
            var info = await SegmentInfoReader.ReadAsync(_store, relative, ct).ConfigureAwait(false);
            _cache[relative] = (length, info);
            return info;
        }
        catch (Exception e) when (e is Fmp4FormatException or IOException)
        {
            return null; // unreadable files are not playable; recovery or the index reports them
        }
    }
}
