using Vms.Storage.Fmp4.Reading;

namespace Vms.Storage.Segments;

/// <summary>
/// Reads a segment file back into the <see cref="SegmentInfo"/> the index stores: camera, stream and UTC start
/// from the metadata box; end time, frame and keyframe counts from the fragments (their prft wall clock and
/// sample tables); codec and size from the video sample entry. This is what makes the index rebuildable.
/// </summary>
public static class SegmentInfoReader
{
    /// <summary>Reads the segment at <paramref name="relativePath"/> (finalized or <c>.part</c>) of <paramref name="store"/>.</summary>
    /// <param name="verifyChecksums">Also check each fragment's CRC (reads every byte; slower).</param>
    /// <exception cref="Fmp4FormatException">Not one of our segments, or no complete fragment.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<SegmentInfo> ReadAsync(SegmentStore store, string relativePath, CancellationToken cancellationToken,
        bool verifyChecksums = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var file = store.FileSystem.Open(store.GetFullPath(relativePath), writable: false);
        var demuxer = await Fmp4Demuxer.OpenAsync(file, null, cancellationToken).ConfigureAwait(false);
        var scan = await demuxer.ScanAsync(verifyChecksums, cancellationToken).ConfigureAwait(false);
        var path = relativePath.EndsWith(SegmentStore.PartialSuffix, StringComparison.Ordinal)
            ? relativePath[..^SegmentStore.PartialSuffix.Length]
            : relativePath;
        return FromScan(demuxer.Movie, scan.Fragments, path, file.Length);
    }

    /// <summary>Builds the record from an already scanned file.</summary>
    internal static SegmentInfo FromScan(Fmp4Movie movie, IReadOnlyList<Fmp4Fragment> fragments, string relativePath, long bytes)
    {
        var metadata = movie.Metadata ?? throw new Fmp4FormatException("file has no segment metadata box (not written by this recorder)");
        var video = movie.VideoTrack ?? throw new Fmp4FormatException("segment has no video track");
        if (fragments.Count == 0)
        {
            throw new Fmp4FormatException("segment has no complete fragment");
        }

        var frames = 0;
        var keyframes = 0;
        long end = 0;
        Fmp4ProducerTime? anchor = null;
        foreach (var fragment in fragments)
        {
            if (fragment.RunOf(video.TrackId) is not { } run)
            {
                continue;
            }

            frames += run.Samples.Length;
            foreach (var s in run.Samples)
            {
                if (s.IsSync)
                {
                    keyframes++;
                }
            }

            end = (long)run.EndDecodeTime;
            anchor = fragment.ProducerTime ?? anchor;
        }

        if (anchor is not { } a)
        {
            throw new Fmp4FormatException("segment fragments carry no producer reference time");
        }

        var endUtc = SegmentTiming.UtcAt(a.Utc, (long)a.MediaTime, end, video.Timescale);
        return new SegmentInfo(metadata.CameraId, metadata.StreamName, metadata.StartUtc, endUtc, relativePath, bytes,
            video.Parameters?.Codec ?? throw new Fmp4FormatException("video codec is not known"), video.Width, video.Height, frames, keyframes);
    }
}
