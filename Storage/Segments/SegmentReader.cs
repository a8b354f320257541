using Vms.Rtsp.Media;
using Vms.Storage.Fmp4.Reading;

namespace Vms.Storage.Segments;

/// <summary>
/// Reads one of our segment files: its camera stream, tracks and fragments on open (headers only), then the
/// samples of any fragment in one read each, as access units with their original wall clock.
/// </summary>
public sealed partial class SegmentReader : IDisposable
{
    /// <summary>Largest fragment payload read into memory at once.</summary>
    public const int MaxFragmentBytes = 64 * 1024 * 1024;

    private readonly ISegmentFile _file;
    private readonly Fmp4Movie _movie;
    private readonly IReadOnlyList<Fmp4Fragment> _fragments;
    private readonly Fmp4TrackInfo _video;
    private readonly Dictionary<int, (MediaTrack Track, Fmp4TrackInfo Info)> _tracks = [];

    private SegmentReader(ISegmentFile file, Fmp4Movie movie, Fmp4ScanResult scan, string relativePath)
    {
        _file = file;
        _movie = movie;
        _fragments = scan.Fragments;
        RelativePath = relativePath;
        var metadata = movie.Metadata!;
        _video = movie.VideoTrack ?? throw new Fmp4FormatException("segment has no video track");
        var tracks = new List<MediaTrack>();
        foreach (var t in movie.Tracks)
        {
            if (t.Parameters is null || (!t.IsVideo && !t.IsAudio))
            {
                continue;
            }

            var track = new MediaTrack(tracks.Count, t.Parameters);
            tracks.Add(track);
            _tracks[t.TrackId] = (track, t);
        }

        if (!_tracks.ContainsKey(_video.TrackId))
        {
            throw new Fmp4FormatException("segment video codec is not known");
        }

        Tracks = tracks;
        CameraId = metadata.CameraId;
        StreamName = metadata.StreamName;
        StartUtc = metadata.StartUtc;
        WallClock = metadata.WallClock;
        Info = SegmentInfoReader.FromScan(movie, scan.Fragments, relativePath, scan.CompleteLength);
    }

    public string RelativePath { get; }

    public string CameraId { get; }

    public string StreamName { get; }

    public DateTimeOffset StartUtc { get; }

    public DateTimeOffset EndUtc => Info.EndUtc;

    /// <summary>Where the segment's UTC times come from (camera sender reports, or arrival at the recorder).</summary>
    public WallClockSource WallClock { get; }

    /// <summary>The segment as the index knows it.</summary>
    public SegmentInfo Info { get; }

    /// <summary>The recorded tracks (video first).</summary>
    public IReadOnlyList<MediaTrack> Tracks { get; }

    public MediaTrack VideoTrack => _tracks[_video.TrackId].Track;

    public int FragmentCount => _fragments.Count;

    /// <summary>Opens a segment of the store (a finalized one, or a <c>.part</c> up to its last complete fragment).</summary>
    /// <exception cref="Fmp4FormatException">Not one of our segments, or no complete fragment.</exception>
    public static async Task<SegmentReader> OpenAsync(SegmentStore store, string relativePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var file = store.FileSystem.Open(store.GetFullPath(relativePath), writable: false);
        try
        {
            return await OpenAsync(file, relativePath, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    internal static async Task<SegmentReader> OpenAsync(ISegmentFile file, string relativePath, CancellationToken cancellationToken)
    {
        var demuxer = await Fmp4Demuxer.OpenAsync(file, null, cancellationToken).ConfigureAwait(false);
        if (!demuxer.Movie.IsOurSegment)
        {
            throw new Fmp4FormatException("file has no segment metadata box (not written by this recorder)");
        }

        var scan = await demuxer.ScanAsync(verifyChecksums: false, cancellationToken).ConfigureAwait(false);
        if (scan.Fragments.Count == 0)
        {
            throw new Fmp4FormatException("segment has no complete fragment" + (scan.Problem is null ? string.Empty : ": " + scan.Problem));
        }

        return new SegmentReader(file, demuxer.Movie, scan, relativePath);
    }

    /// <summary>
    /// The samples of fragment <paramref name="index"/>, all tracks: each track in decode order, tracks merged by
    /// the wall clock of their decode times (video first on ties).
    /// </summary>
    public async Task<IReadOnlyList<StoredSample>> ReadFragmentAsync(int index, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _fragments.Count);
        var fragment = _fragments[index];
        long start = long.MaxValue, end = 0;
        foreach (var run in fragment.Runs)
        {
            foreach (var s in run.Samples)
            {
                start = Math.Min(start, s.Offset);
                end = Math.Max(end, s.Offset + s.Size);
            }
        }

        if (end <= start)
        {
            return [];
        }

        if (end - start > MaxFragmentBytes)
        {
            throw new Fmp4FormatException($"fragment data of {end - start} bytes exceeds {MaxFragmentBytes}", fragment.MoofOffset, "moof");
        }

        var data = new byte[end - start];
        if (await _file.ReadAtLeastAsync(start, data, cancellationToken).ConfigureAwait(false) < data.Length)
        {
            throw new Fmp4FormatException("segment file shrank while reading", start);
        }

        var samples = new List<(DateTimeOffset Wall, int Order, StoredSample Sample)>();
        foreach (var run in fragment.Runs)
        {
            if (!_tracks.TryGetValue(run.TrackId, out var t))
            {
                continue;
            }

            foreach (var s in run.Samples)
            {
                var memory = data.AsMemory((int)(s.Offset - start), s.Size);
                IReadOnlyList<ReadOnlyMemory<byte>> nals;
                if (t.Info.IsVideo)
                {
                    if (!AnnexB.TrySplitLengthPrefixed(memory, t.Info.NalLengthSize, out var split))
                    {
                        throw new Fmp4FormatException($"video sample at {s.Offset} has a NAL length past its end", s.Offset);
                    }

                    nals = split;
                }
                else
                {
                    nals = [memory];
                }

                var wall = WallClockOf(fragment, t.Info, s.PresentationTime);
                var unit = new AccessUnit(t.Track.Codec, nals, s.PresentationTime, s.DecodeTime, t.Info.IsAudio || s.IsSync, wall);
                samples.Add((WallClockOf(fragment, t.Info, s.DecodeTime), t.Info.IsVideo ? 0 : 1, new StoredSample(t.Track, unit)));
            }
        }

        // decode order within each track (B-frames stay decodable), tracks merged by decode-time wall clock
        samples.Sort((a, b) => a.Wall != b.Wall ? a.Wall.CompareTo(b.Wall) : a.Order.CompareTo(b.Order));
        return [.. samples.Select(s => s.Sample)];
    }

    /// <summary>Every sample of the segment, fragment by fragment.</summary>
    public async IAsyncEnumerable<StoredSample> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < _fragments.Count; i++)
        {
            foreach (var s in await ReadFragmentAsync(i, cancellationToken).ConfigureAwait(false))
            {
                yield return s;
            }
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>UTC time of media time <paramref name="time"/> of a track, from the fragment's prft anchor.</summary>
    private DateTimeOffset WallClockOf(Fmp4Fragment fragment, Fmp4TrackInfo track, long time)
    {
        var anchor = fragment.ProducerTime ?? LastAnchorBefore(fragment);
        var reference = _movie.FindTrack(anchor.ReferenceTrackId) ?? _video;
        var ticks = (Int128)time * TimeSpan.TicksPerSecond / track.Timescale - (Int128)anchor.MediaTime * TimeSpan.TicksPerSecond / reference.Timescale;
        return anchor.Utc.AddTicks((long)ticks);
    }

    private Fmp4ProducerTime LastAnchorBefore(Fmp4Fragment fragment)
    {
        Fmp4ProducerTime? last = null;
        foreach (var f in _fragments)
        {
            if (f == fragment)
            {
                break;
            }

            last = f.ProducerTime ?? last;
        }

        return last ?? new Fmp4ProducerTime(_video.TrackId, StartUtc, 0);
    }
}
