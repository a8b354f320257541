using System.Diagnostics;
using System.Globalization;
using Vms.Simulators.Video;

namespace Vms.Bench.Simulators;

/// <summary>
/// <c>sim-video</c>: N synthetic cameras rendering and encoding in this process for a fixed wall duration,
/// each stream paced by the system clock through <see cref="SyntheticVideoSource.ReadAllAsync"/> (as the
/// camera simulator serves them). Reports CPU (per core and of the machine), frames produced against
/// frames due, dropped frames, bytes per second against the target, and managed allocations per frame
/// (with and without the access units' own payload arrays).
/// </summary>
internal sealed class SimVideoBenchmark : IBenchmark
{
    public string Name => "sim-video";

    public string Description => "N synthetic H.264 cameras in one process: CPU, bytes/s, drops, allocations per frame";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = Options.Parse(args);
        var settings = new VideoStreamSettings
        {
            Width = options.Width,
            Height = options.Height,
            FramesPerSecond = options.Fps,
            GopFrames = options.Gop,
            BitrateKbps = options.BitrateKbps,
        };
        settings.Validate();
        if (options.Throughput)
        {
            return Throughput(settings, options);
        }

        var sources = new SyntheticVideoSource[options.Cameras];
        var scenes = new CameraScene[options.Cameras];
        for (var i = 0; i < sources.Length; i++)
        {
            var scene = scenes[i] = new CameraScene($"CAM-{i + 1:D3} Rue de la Paix", options.Panoramic);
            scene.SetPosition(new PtzPosition((i % 20 / 10.0) - 1, 0, i % 3 / 4.0));
            if (i % 2 == 0)
            {
                scene.SetMasks([PrivacyMask.Rectangle(0.4, 0.9, 0.9, 0.4, new RgbColor(20, 20, 20))]);
            }

            sources[i] = new SyntheticVideoSource(scene, settings, TimeProvider.System);
        }

        // warm-up: JIT and first IDRs outside the measured window. Cameras of a real site started at different
        // times, so their GOPs are out of phase: camera i forces an IDR at its frame (i mod GOP), spreading the IDRs.
        using (var warm = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            warm.CancelAfter(TimeSpan.FromSeconds(Math.Max(options.WarmupSeconds, (options.Gop / options.Fps) + 1)));
            await Task.WhenAll(sources.Select((s, i) => StaggerAsync(s, options.Aligned ? 0 : i % options.Gop, warm.Token))).ConfigureAwait(false);
        }

        var before = sources.Select(s => s.Statistics).ToArray();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var wall = Stopwatch.StartNew();
        var counters = new PayloadCounter();
        using (var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            run.CancelAfter(TimeSpan.FromSeconds(options.Seconds));
            var moving = MoveCamerasAsync(scenes.Take(options.Cameras * options.MovingPercent / 100).ToArray(), run.Token);
            await RunAllAsync(sources, counters, run.Token).ConfigureAwait(false);
            await moving.ConfigureAwait(false);
        }

        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var seconds = wall.Elapsed.TotalSeconds;
        long frames = 0, dropped = 0, bytes = 0, keyframes = 0;
        for (var i = 0; i < sources.Length; i++)
        {
            var s = sources[i].Statistics;
            frames += s.Frames - before[i].Frames;
            keyframes += s.Keyframes - before[i].Keyframes;
            dropped += s.DroppedFrames - before[i].DroppedFrames;
            bytes += s.Bytes - before[i].Bytes;
        }

        var due = options.Cameras * options.Fps * seconds;
        var cores = Environment.ProcessorCount;
        var report = string.Create(
            CultureInfo.InvariantCulture,
            $"| {options.Cameras} | {options.Width}x{options.Height}{(options.Panoramic ? " pano" : string.Empty)} | {options.Fps} | {options.BitrateKbps} | {seconds:F1} | {cpu / seconds * 100:F1}% | {cpu / seconds / cores * 100:F1}% | {frames / seconds:F0} / {due / seconds:F0} | {dropped} | {bytes * 8 / seconds / 1e6:F2} ({bytes * 8 / seconds / 1000 / options.Cameras:F0} per cam) | {cpu / frames * 1e6:F0} | {(double)allocated / frames:F0} | {(double)(allocated - counters.PayloadBytes) / frames:F0} | {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3} |");
        Console.WriteLine("| cameras | size | fps | target kbit/s | wall s | CPU (1 core = 100%) | CPU of machine | frames/s produced / due | dropped | Mbit/s (kbit/s per camera) | CPU µs per frame | bytes allocated per frame | excluding payload | GC 0/1/2 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(report);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"frame lateness p50 {counters.Percentile(0.5)} ms, p99 {counters.Percentile(0.99)} ms, p99.9 {counters.Percentile(0.999)} ms; keyframes {keyframes}, IDRs {(options.Aligned ? "aligned" : "staggered")}, {options.MovingPercent}% of cameras panning, {cores} cores, server GC {System.Runtime.GCSettings.IsServerGC}, load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }

    /// <summary>One stream on one thread, frames back to back (each polled at its own due time): the pure CPU cost of a frame.</summary>
    private static int Throughput(VideoStreamSettings settings, Options options)
    {
        var scene = new CameraScene("CAM-001 Rue de la Paix", options.Panoramic);
        scene.SetMasks([PrivacyMask.Rectangle(0.4, 0.9, 0.9, 0.4, new RgbColor(20, 20, 20))]);
        var source = new SyntheticVideoSource(scene, settings, TimeProvider.System);
        var frames = options.Fps * options.Seconds;
        for (var i = 0; i < frames; i++)
        {
            source.NextAccessUnit(source.NextDueTime); // warm-up: JIT tiers, first IDR
        }

        var renderer = new Vms.Simulators.Video.Rendering.SceneRenderer(settings.Width, settings.Height);
        var start = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < frames; i++)
        {
            renderer.Render(scene.State, start.AddMilliseconds(i * 1000.0 / settings.FramesPerSecond), i);
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var before = source.Statistics;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var keyframeTicks = 0L;
        for (var i = 0; i < frames; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var au = source.NextAccessUnit(source.NextDueTime);
            if (au!.IsKeyframe)
            {
                keyframeTicks += Stopwatch.GetTimestamp() - t0;
            }
        }

        var total = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var stats = source.Statistics;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = frames; i < 2 * frames; i++)
        {
            renderer.Render(scene.State, start.AddMilliseconds(i * 1000.0 / settings.FramesPerSecond), i);
        }

        var render = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var bytes = stats.Bytes - before.Bytes;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"throughput {settings.Width}x{settings.Height} {settings.FramesPerSecond} fps GOP {settings.GopFrames} target {settings.BitrateKbps} kbit/s: {total / frames * 1e6:F1} CPU µs per frame (render alone {render / frames * 1e6:F1} µs; IDR frames {Stopwatch.GetElapsedTime(0, keyframeTicks).TotalMicroseconds / Math.Max(1, stats.Keyframes - before.Keyframes):F0} µs wall each), {frames / total:F0} frames/s on one core = {frames / total / settings.FramesPerSecond:F0} streams; {bytes * 8.0 / options.Seconds / 1000:F0} kbit/s; {(double)allocated / frames:F0} B allocated per frame ({(double)(allocated - bytes) / frames:F0} besides payload)"));
        return 0;
    }

    private static async Task StaggerAsync(SyntheticVideoSource source, int idrAt, CancellationToken cancellationToken)
    {
        var frame = 0;
        try
        {
            await foreach (var au in source.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (++frame == idrAt)
                {
                    source.RequestKeyframe();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Pans the given cameras continuously (a PTZ tour): every frame of theirs is a full redraw.</summary>
    private static async Task MoveCamerasAsync(CameraScene[] scenes, CancellationToken cancellationToken)
    {
        if (scenes.Length == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(40));
        var pan = 0.0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                pan = pan >= 1 ? -1 : pan + 0.002;
                foreach (var scene in scenes)
                {
                    scene.SetPosition(new PtzPosition(pan, 0.1, 0.3));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private static async Task RunAllAsync(SyntheticVideoSource[] sources, PayloadCounter? counters, CancellationToken cancellationToken)
    {
        var tasks = sources.Select(s => ConsumeAsync(s, counters, cancellationToken)).ToArray();
        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private static async Task ConsumeAsync(SyntheticVideoSource source, PayloadCounter? counters, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var au in source.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                counters?.Add(au.ByteLength, DateTimeOffset.UtcNow - au.WallClock!.Value);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Payload bytes, and how late each frame reached its consumer (a histogram in milliseconds).</summary>
    private sealed class PayloadCounter
    {
        private readonly long[] _lateness = new long[2001];
        private long _payload;

        public long PayloadBytes => Interlocked.Read(ref _payload);

        public void Add(int bytes, TimeSpan late)
        {
            Interlocked.Add(ref _payload, bytes);
            Interlocked.Increment(ref _lateness[Math.Clamp((int)late.TotalMilliseconds, 0, 2000)]);
        }

        /// <summary>The lateness (ms) below which <paramref name="fraction"/> of the frames arrived.</summary>
        public int Percentile(double fraction)
        {
            var total = _lateness.Sum();
            var seen = 0L;
            for (var ms = 0; ms < _lateness.Length; ms++)
            {
                seen += _lateness[ms];
                if (seen >= total * fraction)
                {
                    return ms;
                }
            }

            return _lateness.Length - 1;
        }
    }

    private sealed record Options(int Cameras, int Width, int Height, int Fps, int Gop, int BitrateKbps, int Seconds, int WarmupSeconds, bool Panoramic, bool Throughput, int MovingPercent, bool Aligned)
    {
        public static Options Parse(string[] args)
        {
            var o = new Options(50, 640, 360, 12, 24, 512, 20, 3, false, false, 0, false);
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : string.Empty;
                o = args[i] switch
                {
                    "--cameras" => o with { Cameras = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--width" => o with { Width = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--height" => o with { Height = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--fps" => o with { Fps = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--gop" => o with { Gop = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--bitrate" => o with { BitrateKbps = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--seconds" => o with { Seconds = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--warmup" => o with { WarmupSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--panoramic" => o with { Panoramic = true },
                    "--throughput" => o with { Throughput = true },
                    "--aligned-idr" => o with { Aligned = true },
                    "--moving" => o with { MovingPercent = Math.Clamp(int.Parse(value, CultureInfo.InvariantCulture), 0, 100) },
                    _ => throw new ArgumentException($"unknown option {args[i]}; options: --cameras N --width W --height H --fps F --gop G --bitrate KBPS --seconds S --warmup S --panoramic --throughput --aligned-idr --moving PERCENT"),
                };
                if (args[i] is not ("--panoramic" or "--throughput" or "--aligned-idr"))
                {
                    i++;
                }
            }

            return o;
        }
    }
}
