using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Storage.Playback;
using Vms.Storage.Segments;

namespace Vms.Bench.Storage;

/// <summary>
/// Seek-to-first-frame latency of the playback reader: records <c>--minutes</c> (60) of one 4 Mbit/s 12 fps
/// camera in 60 s segments, then opens playback at <c>--seeks</c> (300) random instants and measures the
/// time until the first frame (the keyframe at or before the instant) is in hand: opening a reader (lookup +
/// segment header scan + fragment read) and seeking an open reader. Lookups are in memory (the SQL index's
/// own latency is measured by the index benchmark) and, separately, by directory scan. Page cache warm.
/// </summary>
internal sealed class StorageSeekBenchmark : IBenchmark
{
    public string Name => "storage-seek";

    public string Description => "playback: seek-to-first-frame latency (open at a random instant, seek an open reader)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var minutes = IntArg(args, "minutes", 60);
        var seeks = IntArg(args, "seeks", 300);
        var root = Path.Combine(Path.GetTempPath(), "vms-bench-storage-seek");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var store = new SegmentStore(root);
        var stream = new SyntheticCameraStream(4_000_000, 12, 12);
        var start = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);
        var lookup = new InMemorySegmentLookup();
        var build = Stopwatch.StartNew();
        var writer = new SegmentWriter(store, "cam-1", "main", new SegmentWriterOptions { Fsync = FsyncPolicy.None }, TimeProvider.System,
            NullLogger.Instance, lookup.Add);
        await using (writer.ConfigureAwait(false))
        {
            for (long n = 0; n < minutes * 60L * stream.Fps; n++)
            {
                var wall = start + TimeSpan.FromTicks(n * TimeSpan.TicksPerSecond / stream.Fps);
                await writer.WriteAsync(stream.Track, stream.Frame(n, wall), wall, cancellationToken).ConfigureAwait(false);
            }

            await writer.CloseAsync(cancellationToken).ConfigureAwait(false);
        }

        var segments = await lookup.FindAsync("cam-1", "main", DateTimeOffset.MinValue, DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"storage-seek: {segments.Count} segments ({minutes} min, {stream.BytesPerSecond * 8 / 1e6:F1} Mbit/s) built in {build.Elapsed.TotalSeconds:F1} s; {seeks} seeks");
        Console.WriteLine("| operation | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|");

        var random = new Random(7);
        var instants = Enumerable.Range(0, seeks).Select(_ => start + TimeSpan.FromSeconds(random.NextDouble() * (minutes * 60 - 1))).ToArray();
        Print("open + first frame (in-memory lookup)", await OpenAsync(store, lookup, instants, cancellationToken).ConfigureAwait(false));
        Print("open + first frame (directory lookup)", await OpenAsync(store, new DirectorySegmentLookup(store), instants, cancellationToken).ConfigureAwait(false));
        Print("seek open reader + first frame", await SeekAsync(store, lookup, start, instants, cancellationToken).ConfigureAwait(false));
        Directory.Delete(root, recursive: true);
        return 0;
    }

    private static async Task<double[]> OpenAsync(SegmentStore store, ISegmentLookup lookup, DateTimeOffset[] instants, CancellationToken ct)
    {
        var ms = new double[instants.Length];
        for (var i = 0; i < instants.Length; i++)
        {
            var sw = Stopwatch.StartNew();
            var reader = await PlaybackReader.OpenAsync(store, lookup, "cam-1", "main", instants[i], new PlaybackOptions { Pace = PlaybackPace.AsFastAsPossible },
                TimeProvider.System, NullLogger<PlaybackReader>.Instance, ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await FirstFrameAsync(reader, ct).ConfigureAwait(false);
                ms[i] = sw.Elapsed.TotalMilliseconds;
            }
        }

        return ms;
    }

    private static async Task<double[]> SeekAsync(SegmentStore store, ISegmentLookup lookup, DateTimeOffset start, DateTimeOffset[] instants, CancellationToken ct)
    {
        var ms = new double[instants.Length];
        var reader = await PlaybackReader.OpenAsync(store, lookup, "cam-1", "main", start, new PlaybackOptions { Pace = PlaybackPace.AsFastAsPossible },
            TimeProvider.System, NullLogger<PlaybackReader>.Instance, ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            for (var i = 0; i < instants.Length; i++)
            {
                var sw = Stopwatch.StartNew();
                reader.Seek(instants[i]);
                await FirstFrameAsync(reader, ct).ConfigureAwait(false);
                ms[i] = sw.Elapsed.TotalMilliseconds;
            }
        }

        return ms;
    }

    private static async Task FirstFrameAsync(PlaybackReader reader, CancellationToken ct)
    {
        for (var n = 0; n < 16; n++)
        {
            var item = await reader.ReadAsync(ct).ConfigureAwait(false) ?? throw new InvalidOperationException("no frame at the instant");
            if (item is PlaybackFrame { Unit.IsKeyframe: true })
            {
                return;
            }
        }

        throw new InvalidOperationException("the first frame was not a keyframe");
    }

    private static void Print(string name, double[] ms)
    {
        Array.Sort(ms);
        double P(double q) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {P(0.5):F2} | {P(0.95):F2} | {P(0.99):F2} | {ms[^1]:F2} |"));
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
