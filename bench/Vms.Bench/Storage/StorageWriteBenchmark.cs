using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Storage.Recording;
using Vms.Storage.Segments;

namespace Vms.Bench.Storage;

/// <summary>
/// The recording write path at site scale: <c>--cameras</c> streams (200) at <c>--bitrate</c> (4 Mbit/s),
/// <c>--fps</c> (12), one IDR per second, for <c>--seconds</c> of media, once per fsync policy.
/// <c>--pace realtime</c> feeds every camera's <see cref="CameraRecorder"/> on a 1/fps timer, as cameras
/// would, and reports CPU per stream, queue lag, drops and steady-state allocations (after the first quarter,
/// counting the access unit the feeder creates); <c>--pace max</c> drives one
/// <see cref="SegmentWriter"/> per camera flat out and reports throughput and CPU per media-second.
/// </summary>
internal sealed class StorageWriteBenchmark : IBenchmark
{
    public string Name => "storage-write";

    public string Description => "segment write path: 200 cameras x 4 Mbit/s 12 fps (CPU per stream, MB/s, fsync policies)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var cameras = IntArg(args, "cameras", 200);
        var seconds = IntArg(args, "seconds", 20);
        var bitrate = IntArg(args, "bitrate", 4_000_000);
        var fps = IntArg(args, "fps", 12);
        var pace = StringArg(args, "pace", "realtime");
        var root = StringArg(args, "root", Path.Combine(Path.GetTempPath(), "vms-bench-storage-write"));
        var policies = StringArg(args, "fsync", "all") == "all"
            ? [FsyncPolicy.PerFragment, FsyncPolicy.Periodic, FsyncPolicy.None]
            : new[] { Enum.Parse<FsyncPolicy>(StringArg(args, "fsync", "PerFragment"), ignoreCase: true) };
        var stream = new SyntheticCameraStream(bitrate, fps, gop: fps);

        // warm-up (JIT, pools) so the first measured policy is not charged for it
        await RunMaxAsync(root, 4, 2, stream, new SegmentWriterOptions { Fsync = FsyncPolicy.None }, cancellationToken).ConfigureAwait(false);
        Directory.Delete(root, recursive: true);

        Console.WriteLine($"storage-write: {cameras} cameras x {bitrate / 1e6:F1} Mbit/s {fps} fps, {seconds} s of media, pace {pace}, " +
                          $"{Environment.ProcessorCount} cores, root {root}");
        Console.WriteLine("| fsync | pace | MB/s written | CPU % of one core per stream | CPU ms per media-second per stream | max lag ms | dropped | alloc B/frame | wall s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var policy in policies)
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            var options = new SegmentWriterOptions { Fsync = policy, FsyncInterval = TimeSpan.FromSeconds(5) };
            var result = pace == "max"
                ? await RunMaxAsync(root, cameras, seconds, stream, options, cancellationToken).ConfigureAwait(false)
                : await RunRealTimeAsync(root, cameras, seconds, stream, options, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {policy} | {pace} | {result.Bytes / 1e6 / result.Wall.TotalSeconds:F1} | {result.Cpu.TotalMilliseconds / result.Wall.TotalMilliseconds / cameras * 100:F2} | " +
                $"{result.Cpu.TotalMilliseconds / cameras / seconds:F2} | {result.MaxLag.TotalMilliseconds:F0} | {result.Dropped} | {result.AllocatedPerFrame:F0} | {result.Wall.TotalSeconds:F1} |"));
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }

    private static async Task<Result> RunRealTimeAsync(string root, int cameras, int seconds, SyntheticCameraStream stream, SegmentWriterOptions options,
        CancellationToken ct)
    {
        var store = new SegmentStore(root);
        var recorders = new CameraRecorder[cameras];
        for (var i = 0; i < cameras; i++)
        {
            recorders[i] = new CameraRecorder(store, new CameraRecorderOptions { CameraId = $"cam-{i:D3}", Segments = options }, TimeProvider.System,
                NullLogger<CameraRecorder>.Instance);
            await recorders[i].StartAsync(ct).ConfigureAwait(false);
        }

        var frames = (long)seconds * stream.Fps;
        var maxLag = TimeSpan.Zero;
        var (cpu0, wall) = (Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.StartNew());
        var start = DateTimeOffset.UtcNow;
        long steadyFrom = frames / 4, alloc0 = 0, alloc1 = 0; // allocations counted once buffers and pools have grown
        using (var timer = new PeriodicTimer(TimeSpan.FromTicks(TimeSpan.TicksPerSecond / stream.Fps)))
        {
            for (long n = 0; n < frames && await timer.WaitForNextTickAsync(ct).ConfigureAwait(false); n++)
            {
                var wallClock = start + TimeSpan.FromTicks(n * TimeSpan.TicksPerSecond / stream.Fps);
                if (n == steadyFrom)
                {
                    alloc0 = GC.GetTotalAllocatedBytes(true);
                }

                for (var i = 0; i < cameras; i++)
                {
                    recorders[i].Post(stream.Track, stream.Frame(n, wallClock));
                }

                if (n % stream.Fps == 0)
                {
                    foreach (var r in recorders)
                    {
                        var lag = r.GetStats().Lag;
                        maxLag = lag > maxLag ? lag : maxLag;
                    }
                }
            }
        }

        alloc1 = GC.GetTotalAllocatedBytes(true);
        long bytes = 0, dropped = 0;
        foreach (var r in recorders)
        {
            await r.StopAsync(ct).ConfigureAwait(false);
            var s = r.GetStats();
            bytes += s.BytesWritten;
            dropped += s.FramesDropped;
            await r.DisposeAsync().ConfigureAwait(false);
        }

        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        return new Result(bytes, wall.Elapsed, cpu, maxLag, dropped, (alloc1 - alloc0) / (double)((frames - steadyFrom) * cameras));
    }

    private static async Task<Result> RunMaxAsync(string root, int cameras, int seconds, SyntheticCameraStream stream, SegmentWriterOptions options,
        CancellationToken ct)
    {
        var store = new SegmentStore(root);
        var frames = (long)seconds * stream.Fps;
        var start = DateTimeOffset.UtcNow;
        long bytes = 0;
        var (cpu0, alloc0, wall) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(true), Stopwatch.StartNew());
        await Parallel.ForEachAsync(Enumerable.Range(0, cameras), new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount * 4 },
            async (i, token) =>
            {
                var writer = new SegmentWriter(store, $"cam-{i:D3}", "main", options, TimeProvider.System, NullLogger.Instance);
                await using (writer.ConfigureAwait(false))
                {
                    for (long n = 0; n < frames; n++)
                    {
                        var wallClock = start + TimeSpan.FromTicks(n * TimeSpan.TicksPerSecond / stream.Fps);
                        await writer.WriteAsync(stream.Track, stream.Frame(n, wallClock), wallClock, token).ConfigureAwait(false);
                    }

                    await writer.CloseAsync(token).ConfigureAwait(false);
                    Interlocked.Add(ref bytes, writer.BytesWritten);
                }
            }).ConfigureAwait(false);
        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        return new Result(bytes, wall.Elapsed, cpu, TimeSpan.Zero, 0, (GC.GetTotalAllocatedBytes(true) - alloc0) / (double)(frames * cameras));
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        int.TryParse(StringArg(args, name, string.Empty), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static string StringArg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private readonly record struct Result(long Bytes, TimeSpan Wall, TimeSpan Cpu, TimeSpan MaxLag, long Dropped, double AllocatedPerFrame);
}
