using Vms.Rtsp.Media;
using Vms.Storage.Fmp4.Codecs;
using Vms.Storage.Fmp4.Reading;
using Vms.Storage.Index;

namespace Vms.Storage.Export;

/// <summary>One segment file opened for export: its video track and where each video sample is.</summary>
internal sealed class SourceSegment
{
    private SourceSegment(IndexedSegment indexed, string fullPath, Fmp4TrackInfo track, VideoFormat format, DateTimeOffset startUtc, IReadOnlyList<Fmp4Sample> samples)
    {
        Indexed = indexed;
        FullPath = fullPath;
        Track = track;
        Format = format;
        StartUtc = startUtc;
        Samples = samples;
    }

    public IndexedSegment Indexed { get; }

    public string FullPath { get; }

    public Fmp4TrackInfo Track { get; }

    public CodecParameters Parameters => Track.Parameters!;

    public VideoFormat Format { get; }

    /// <summary>UTC of the first sample (from the segment's metadata box).</summary>
    public DateTimeOffset StartUtc { get; }

    public IReadOnlyList<Fmp4Sample> Samples { get; }

    /// <summary>Wall-clock time of a sample: the segment start plus its decode time since the first sample.</summary>
    public DateTimeOffset WallClock(Fmp4Sample sample)
    {
        var first = Samples.Count == 0 ? sample.DecodeTime : Samples[0].DecodeTime;
        return StartUtc + Microseconds(sample.DecodeTime - first);
    }

    /// <summary>A span in track units, rounded to the nearest microsecond (the index and manifest precision).</summary>
    public TimeSpan Microseconds(long units)
    {
        var micros = (long)Math.Round(units * 1_000_000.0 / Track.Timescale, MidpointRounding.AwayFromZero);
        return TimeSpan.FromTicks(micros * (TimeSpan.TicksPerMillisecond / 1000));
    }

    /// <summary>Reads the movie and every complete fragment; a corrupt fragment (bad checksum) fails the export.</summary>
    public static async Task<SourceSegment> OpenAsync(IndexedSegment indexed, string fullPath, CancellationToken cancellationToken)
    {
        var label = indexed.Root + ":" + indexed.Segment.RelativePath;
        try
        {
            var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                using var source = new StreamSource(stream);
                var demuxer = await Fmp4Demuxer.OpenAsync(source, null, cancellationToken).ConfigureAwait(false);
                var track = demuxer.Movie.VideoTrack ?? throw new ExportException($"segment {label} has no video track");
                if (track.Parameters is null || !VideoFormat.TryCreate(track.Parameters, out var format))
                {
                    throw new ExportException($"segment {label} has a video codec or parameter sets the exporter cannot write");
                }

                if (track.NalLengthSize != 4 || track.Timescale == 0)
                {
                    throw new ExportException($"segment {label} uses {track.NalLengthSize}-byte NAL lengths or a zero timescale; exports need 4-byte lengths");
                }

                var scan = await demuxer.ScanAsync(verifyChecksums: true, cancellationToken).ConfigureAwait(false);
                if (scan.Stop == Fmp4ScanStop.Corrupt)
                {
                    throw new ExportException($"segment {label} is corrupt at byte {scan.CompleteLength}: {scan.Problem}");
                }

                var samples = new List<Fmp4Sample>();
                foreach (var fragment in scan.Fragments)
                {
                    if (fragment.RunOf(track.TrackId) is { } run)
                    {
                        samples.AddRange(run.Samples);
                    }
                }

                var start = demuxer.Movie.Metadata?.StartUtc ?? indexed.Segment.StartUtc;
                return new SourceSegment(indexed, fullPath, track, format, start, samples);
            }
        }
        catch (Fmp4FormatException ex)
        {
            throw new ExportException($"segment {label} cannot be read: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExportException($"segment {label} cannot be opened: {ex.Message}", ex);
        }
    }
}
