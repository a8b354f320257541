using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Vms.Storage.Index;

namespace Vms.Storage.Export;

/// <summary>
/// Exports one camera stream between two instants as ONE standard MP4 (non-fragmented, moov before mdat)
/// built from the segments' samples without re-encoding, plus a canonical manifest (<c>manifest.json</c>)
/// with the SHA-256 of every source segment and of the MP4. The MP4 also carries the manifest (minus its own
/// size and hash) in a <c>uuid</c> box, so a manifest edited afterwards no longer matches the video.
/// </summary>
public sealed partial class EvidenceExporter(ISegmentIndex index, ISegmentFiles files, TimeProvider timeProvider, ILogger<EvidenceExporter> logger)
{
    /// <summary>The exported MP4's file name in the export folder.</summary>
    public const string VideoFileName = "export.mp4";

    /// <summary>Gaps shorter than this between segments are not reported.</summary>
    public static readonly TimeSpan GapTolerance = TimeSpan.FromSeconds(1);

    private const int CopyBufferBytes = 1024 * 1024;

    /// <summary>The tool string recorded in manifests.</summary>
    public static string Tool { get; } = "Vms.Storage/" +
        (typeof(EvidenceExporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
         ?? typeof(EvidenceExporter).Assembly.GetName().Version?.ToString() ?? "0");

    /// <summary>Writes the export into <paramref name="targetFolder"/> (created; must not already hold an export).</summary>
    public async Task<ExportResult> ExportAsync(ExportRequest request, string targetFolder, CancellationToken cancellationToken)
    {
        Validate(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFolder);
        Directory.CreateDirectory(targetFolder);
        var videoPath = Path.Combine(targetFolder, VideoFileName);
        var manifestPath = Path.Combine(targetFolder, ExportManifest.FileName);
        if (File.Exists(videoPath) || File.Exists(manifestPath))
        {
            throw new ExportException($"{targetFolder} already holds an export");
        }

        var from = UnixMicros.Truncate(request.FromUtc);
        var to = UnixMicros.Truncate(request.ToUtc);
        var segments = await index.FindAsync(request.CameraId, request.StreamName, from, to, cancellationToken).ConfigureAwait(false);
        if (segments.Count == 0)
        {
            throw new ExportException($"nothing of {request.CameraId}/{request.StreamName} is recorded between {from:O} and {to:O}");
        }

        var sources = new List<SourceSegment>(segments.Count);
        foreach (var s in segments)
        {
            sources.Add(await SourceSegment.OpenAsync(s, files.FullPath(s.Root, s.Segment.RelativePath), cancellationToken).ConfigureAwait(false));
        }

        var samples = ExportSampleSelector.Select(sources, from, to);
        if (samples.Count == 0)
        {
            throw new ExportException($"the segments of {request.CameraId}/{request.StreamName} between {from:O} and {to:O} hold no keyframe to start from");
        }

        var first = sources[samples[0].Source];
        foreach (var used in samples.Select(s => s.Source).Distinct())
        {
            if (!Equals(sources[used].Parameters, first.Parameters) || sources[used].Track.Timescale != first.Track.Timescale)
            {
                throw new ExportException($"the stream's parameters change at segment {sources[used].Indexed.Segment.RelativePath}; export the ranges before and after it separately");
            }
        }

        var tables = ExportTables.Build(samples);
        var exported = new List<ExportedSegment>();
        foreach (var used in samples.Select(s => s.Source).Distinct())
        {
            var source = sources[used];
            var (sha, length) = await HashFileAsync(source.FullPath, cancellationToken).ConfigureAwait(false);
            exported.Add(new ExportedSegment(source.Indexed.Root + ":" + source.Indexed.Segment.RelativePath, source.Indexed.Segment.StartUtc, source.Indexed.Segment.EndUtc, length, sha));
        }

        var timeline = await index.GetTimelineAsync(request.CameraId, request.StreamName, from, to, GapTolerance, cancellationToken).ConfigureAwait(false);
        var timescale = (int)first.Track.Timescale;
        var last = samples[^1];
        var actual = new TimeRange(UnixMicros.Truncate(samples[0].WallClock), UnixMicros.Truncate(last.WallClock + sources[last.Source].Microseconds(last.Duration)));
        var durationUs = tables.TotalDuration * 1_000_000 / timescale;
        var core = new ExportManifest(
            ExportManifest.CurrentFormat,
            request.CameraId,
            request.StreamName,
            new TimeRange(from, to),
            actual,
            timeline.Gaps,
            exported,
            new ExportedVideo(VideoFileName, 0, string.Empty, first.Parameters.Codec.ToString(), first.Format.Width, first.Format.Height, samples.Count, tables.Keyframes, durationUs),
            request.Exporter,
            request.Requisition,
            UnixMicros.Truncate(timeProvider.GetUtcNow()),
            Tool);

        var head = ExportMovieBox.Build(first.Parameters, first.Format, timescale, tables, ManifestJson.Serialize(core), core.CreatedAtUtc);
        var (videoSha, videoBytes) = await WriteVideoAsync(videoPath, head, tables, sources, cancellationToken).ConfigureAwait(false);
        var manifest = core with { Video = core.Video with { Bytes = videoBytes, Sha256 = videoSha } };
        await WriteAtomicallyAsync(manifestPath, ManifestJson.Serialize(manifest), cancellationToken).ConfigureAwait(false);
        LogExported(logger, request.CameraId, request.StreamName, actual.Start, actual.End, samples.Count, videoBytes, request.Exporter, request.Requisition);
        return new ExportResult(targetFolder, videoPath, manifestPath, manifest);
    }

    /// <summary>Lower-case hex SHA-256 and length of a file.</summary>
    internal static async Task<(string Sha256, long Length)> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, CopyBufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return (Convert.ToHexStringLower(hash), stream.Length);
        }
    }

    private static async Task<(string Sha256, long Bytes)> WriteVideoAsync(string path, byte[] head, ExportTables tables, List<SourceSegment> sources, CancellationToken cancellationToken)
    {
        var partial = path + ".partial";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[CopyBufferBytes];
        long written = 0;
        var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, CopyBufferBytes, FileOptions.Asynchronous);
        await using (output.ConfigureAwait(false))
        {
            await WriteAsync(head).ConfigureAwait(false);
            await WriteAsync(ExportMovieBox.MdatHeader(tables.PayloadBytes)).ConfigureAwait(false);
            var handles = new Dictionary<int, Microsoft.Win32.SafeHandles.SafeFileHandle>();
            try
            {
                foreach (var chunk in tables.Chunks)
                {
                    if (!handles.TryGetValue(chunk.Source, out var handle))
                    {
                        handle = File.OpenHandle(sources[chunk.Source].FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.Asynchronous);
                        handles[chunk.Source] = handle;
                    }

                    for (long done = 0; done < chunk.Length;)
                    {
                        var want = (int)Math.Min(buffer.Length, chunk.Length - done);
                        var n = await RandomAccess.ReadAsync(handle, buffer.AsMemory(0, want), chunk.SourceOffset + done, cancellationToken).ConfigureAwait(false);
                        if (n <= 0)
                        {
                            throw new ExportException($"segment {sources[chunk.Source].Indexed.Segment.RelativePath} shrank while it was exported");
                        }

                        await WriteAsync(buffer.AsMemory(0, n)).ConfigureAwait(false);
                        done += n;
                    }
                }
            }
            finally
            {
                foreach (var h in handles.Values)
                {
                    h.Dispose();
                }
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(partial, path);
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), written);

        async Task WriteAsync(ReadOnlyMemory<byte> bytes)
        {
            sha.AppendData(bytes.Span);
            await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            written += bytes.Length;
        }
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var partial = path + ".partial";
        await File.WriteAllBytesAsync(partial, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(partial, path);
    }

    private static void Validate(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CameraId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.StreamName);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Exporter);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Requisition);
        if (request.ToUtc <= request.FromUtc)
        {
            throw new ArgumentException($"the export range is empty ({request.FromUtc:O} .. {request.ToUtc:O})", nameof(request));
        }
    }

    [LoggerMessage(EventId = 4500, Level = LogLevel.Information, Message = "Exported {Camera}/{Stream} {From:O} .. {To:O}: {Frames} frames, {Bytes} bytes, for {Exporter} ({Requisition})")]
    private static partial void LogExported(ILogger logger, string camera, string stream, DateTimeOffset from, DateTimeOffset to, int frames, long bytes, string exporter, string requisition);
}
