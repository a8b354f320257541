using Microsoft.Extensions.Logging;
using Vms.Storage.Fmp4.Reading;

namespace Vms.Storage.Segments;

/// <summary>
/// Finishes the segments a crash left open. Every <c>.part</c> file is scanned fragment by fragment (each
/// fragment's check box and CRC verified); the file is cut just after its last complete fragment, its mehd
/// duration patched, flushed and renamed to <c>.mp4</c>, and reported so the index gets it. A file without a
/// complete init segment or fragment is deleted and reported. Run it before recorders start.
/// </summary>
public sealed partial class SegmentRecovery(SegmentStore store, ILogger<SegmentRecovery> logger)
{
    private readonly SegmentStore _store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly ILogger _logger = logger ?? throw new ArgumentNullException(nameof(logger));

    /// <summary>Recovers every <c>.part</c> file of the store.</summary>
    public async Task<RecoveryReport> RecoverAsync(CancellationToken cancellationToken)
    {
        var recovered = new List<RecoveredSegment>();
        var removed = new List<RemovedSegment>();
        var failed = new List<string>();
        foreach (var relative in _store.EnumeratePartialSegments().ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var outcome = await RecoverFileAsync(relative, cancellationToken).ConfigureAwait(false);
                if (outcome.Recovered is { } r)
                {
                    recovered.Add(r);
                    LogRecovered(relative, r.Info.FrameCount, r.BytesCut, r.Problem ?? "none");
                }
                else if (outcome.Removed is { } d)
                {
                    removed.Add(d);
                    LogRemoved(relative, d.Bytes, d.Reason);
                }
            }
            catch (IOException e)
            {
                failed.Add(relative);
                LogFailed(relative, e);
            }
        }

        return new RecoveryReport(recovered, removed, failed);
    }

    /// <summary>Recovers one <c>.part</c> file (relative path with the suffix).</summary>
    internal async Task<(RecoveredSegment? Recovered, RemovedSegment? Removed)> RecoverFileAsync(string partialRelativePath, CancellationToken ct)
    {
        var fs = _store.FileSystem;
        var partialFull = _store.GetFullPath(partialRelativePath);
        var finalRelative = partialRelativePath[..^SegmentStore.PartialSuffix.Length];
        long length;
        string? problem;
        Fmp4Movie movie;
        Fmp4ScanResult scan;
        using (var file = fs.Open(partialFull, writable: true))
        {
            length = file.Length;
            try
            {
                var demuxer = await Fmp4Demuxer.OpenAsync(file, null, ct).ConfigureAwait(false);
                movie = demuxer.Movie;
                if (!movie.IsOurSegment)
                {
                    throw new Fmp4FormatException("no segment metadata box");
                }

                scan = await demuxer.ScanAsync(verifyChecksums: true, ct).ConfigureAwait(false);
            }
            catch (Fmp4FormatException e)
            {
                file.Dispose();
                fs.Delete(partialFull);
                return (null, new RemovedSegment(partialRelativePath, length, "no complete header: " + e.Message));
            }

            if (scan.Fragments.Count == 0)
            {
                file.Dispose();
                fs.Delete(partialFull);
                return (null, new RemovedSegment(partialRelativePath, length, "no complete fragment" + (scan.Problem is null ? string.Empty : ": " + scan.Problem)));
            }

            problem = scan.Problem;
            if (scan.CompleteLength < length)
            {
                file.SetLength(scan.CompleteLength);
            }

            var info = SegmentInfoReader.FromScan(movie, scan.Fragments, finalRelative, scan.CompleteLength);
            if (movie.MehdDurationOffset >= 0)
            {
                var video = movie.VideoTrack!;
                var end = (long)scan.Fragments[^1].RunOf(video.TrackId)!.EndDecodeTime;
                var value = new byte[movie.MehdDurationSize];
                var ms = (ulong)((Int128)end * Math.Max(1u, movie.MovieTimescale) / video.Timescale);
                if (value.Length == 8)
                {
                    System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(value, ms);
                }
                else
                {
                    System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(value, (uint)Math.Min(ms, uint.MaxValue));
                }

                await file.WriteAsync(movie.MehdDurationOffset, value, ct).ConfigureAwait(false);
            }

            file.FlushToDisk();
            var target = finalRelative;
            if (fs.FileExists(_store.GetFullPath(target)))
            {
                throw new IOException($"both {partialRelativePath} and {finalRelative} exist");
            }

            file.Dispose();
            fs.Move(partialFull, _store.GetFullPath(target));
            return (new RecoveredSegment(info, length - scan.CompleteLength, problem), null);
        }
    }

    [LoggerMessage(EventId = 4070, Level = LogLevel.Warning, Message = "recovered segment {Path}: {Frames} frames kept, {BytesCut} bytes of torn tail cut ({Problem})")]
    private partial void LogRecovered(string path, int frames, long bytesCut, string problem);

    [LoggerMessage(EventId = 4071, Level = LogLevel.Warning, Message = "removed segment {Path} ({Bytes} bytes): {Reason}")]
    private partial void LogRemoved(string path, long bytes, string reason);

    [LoggerMessage(EventId = 4072, Level = LogLevel.Error, Message = "could not recover segment {Path}")]
    private partial void LogFailed(string path, Exception exception);
}
