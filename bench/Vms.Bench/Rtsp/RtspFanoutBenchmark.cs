using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;

namespace Vms.Bench.Rtsp;

/// <summary>
/// One 12 fps H.264 source (~4 Mbit/s) fanned out to 1, 50 and 200 TCP viewers on loopback, by our server
/// and by gst-rtsp-server (the shared-media anchor script) under the same viewer load. Viewers run in a child
/// process. Measures server CPU per viewer-stream-second, allocations per delivered packet (ours), and the
/// latency added between the source push and the viewer's socket receive (ours).
/// </summary>
internal sealed class RtspFanoutBenchmark : IBenchmark, IRtspPathResolver
{
    private const int Fps = 12;
    private RtspStream? _stream;
    private static AllocationSampler? _sampler;

    public string Name => "rtsp-fanout";

    public string Description => "live fan-out: CPU/viewer-second, allocations/packet, added latency; vs gst-rtsp-server (--levels 1,50,200 --warmup 5 --duration 20 --clip F --gst-source F --out F)";

    public ValueTask<RtspMediaSource?> ResolveAsync(RtspPathRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<RtspMediaSource?>(request.Path == "live" ? _stream : null);

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var levels = (Arg(args, "--levels") ?? "1,50,200").Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var warmup = double.Parse(Arg(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        var duration = double.Parse(Arg(args, "--duration") ?? "20", CultureInfo.InvariantCulture);
        var clipPath = Arg(args, "--clip") ?? Path.Combine(Path.GetTempPath(), "vms-bench-fanout-720p12.h264");
        var gstSource = Arg(args, "--gst-source") ?? "/work/shared/anchors/rtsp_source.py";
        var outPath = Arg(args, "--out");

        using var sampler = args.Contains("--alloc-profile") ? new AllocationSampler() : null;
        _sampler = sampler;
        var loadBefore = LoadAverage();
        var clip = await FanoutClip.EnsureAsync(clipPath, Fps, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"clip {clip.Path}: {clip.Units.Count} pictures, {clip.BitsPerSecond(Fps) / 1e6:0.00} Mbit/s at {Fps} fps");
        var runs = new List<FanoutRun>();

        _stream = new RtspStream([new MediaTrack(0, clip.Parameters)]);
        await using (var server = new RtspServer(new RtspServerOptions { EndPoints = [new IPEndPoint(IPAddress.Loopback, 0)], UdpRtpPort = null, MaxSessions = 4096, MaxConnections = 4096 }, this))
        {
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
            await using var publisher = new ClipPublisher(clip, _stream, Fps);
            var url = $"rtsp://127.0.0.1:{((IPEndPoint)server.EndPoints[0]).Port}/live";
            foreach (var n in levels)
            {
                runs.Add(await MeasureOursAsync(url, n, warmup, duration, publisher, cancellationToken).ConfigureAwait(false));
                Console.WriteLine(Row(runs[^1]));
            }
        }

        if (File.Exists(gstSource))
        {
            var port = FreePort();
            using var gst = Process.Start(new ProcessStartInfo("/usr/bin/python3")
            {
                ArgumentList = { gstSource, "--port", port.ToString(CultureInfo.InvariantCulture), "--clip", clip.Path, "--cams", "1", "--fps", Fps.ToString(CultureInfo.InvariantCulture) },
                UseShellExecute = false,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("cannot start gst-rtsp-server");
            await WaitForLineAsync(gst.StandardError, "ready", cancellationToken).ConfigureAwait(false);
            var drain = gst.StandardError.ReadToEndAsync(CancellationToken.None); // keep its stderr from filling up
            try
            {
                foreach (var n in levels)
                {
                    runs.Add(await MeasureGstAsync($"rtsp://127.0.0.1:{port}/cam1", gst.Id, n, warmup, duration, cancellationToken).ConfigureAwait(false));
                    Console.WriteLine(Row(runs[^1]));
                }
            }
            finally
            {
                gst.Kill(entireProcessTree: true);
                await gst.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                await drain.ConfigureAwait(false);
            }
        }
        else
        {
            Console.WriteLine($"gst-rtsp-server anchor script not found at {gstSource}: comparison skipped");
        }

        var report = Report(clip, runs, args, loadBefore, LoadAverage());
        Console.WriteLine(report);
        if (outPath is not null)
        {
            await File.WriteAllTextAsync(outPath, report, cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<FanoutRun> MeasureOursAsync(string url, int n, double warmup, double duration, ClipPublisher publisher, CancellationToken cancellationToken)
    {
        using var viewers = await ViewerProcess.StartAsync(url, n, duration, cancellationToken).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(warmup), cancellationToken).ConfigureAwait(false);
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var viewerCpu0 = ProcessCpuSeconds(viewers.ProcessId);
        var clock = Stopwatch.StartNew();
        _sampler?.ByType.Clear();
        _sampler?.Enabled = true;
        await viewers.GoAsync().ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(duration), cancellationToken).ConfigureAwait(false);
        _sampler?.Enabled = false;
        foreach (var (type, sampled) in _sampler?.ByType.OrderByDescending(p => p.Value).Take(12) ?? [])
        {
            Console.WriteLine($"  alloc {sampled / 1024,8} KiB  {type}");
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        var viewerCpu = ProcessCpuSeconds(viewers.ProcessId) - viewerCpu0;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        var window = clock.Elapsed.TotalSeconds;
        var (marks, packets, bytes) = await viewers.ResultAsync(cancellationToken).ConfigureAwait(false);
        var latencies = new List<double>(marks.Count);
        foreach (var (ts, ticks) in marks)
        {
            if (publisher.PushedAt.TryGetValue(ts, out var pushed))
            {
                latencies.Add((ticks - pushed) * 1000.0 / Stopwatch.Frequency);
            }
        }

        latencies.Sort();
        return new FanoutRun("Vms", n, window, cpu, packets, bytes, allocated, Percentile(latencies, 0.5), Percentile(latencies, 0.99), latencies.Count > 0 ? latencies[^1] : null, viewerCpu);
    }

    private static async Task<FanoutRun> MeasureGstAsync(string url, int pid, int n, double warmup, double duration, CancellationToken cancellationToken)
    {
        using var viewers = await ViewerProcess.StartAsync(url, n, duration, cancellationToken).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(warmup), cancellationToken).ConfigureAwait(false);
        var cpu0 = ProcessCpuSeconds(pid);
        var viewerCpu0 = ProcessCpuSeconds(viewers.ProcessId);
        var clock = Stopwatch.StartNew();
        await viewers.GoAsync().ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(duration), cancellationToken).ConfigureAwait(false);
        var cpu = ProcessCpuSeconds(pid) - cpu0;
        var viewerCpu = ProcessCpuSeconds(viewers.ProcessId) - viewerCpu0;
        var window = clock.Elapsed.TotalSeconds;
        var (_, packets, bytes) = await viewers.ResultAsync(cancellationToken).ConfigureAwait(false);
        return new FanoutRun("gst-rtsp-server", n, window, cpu, packets, bytes, -1, null, null, null, viewerCpu);
    }

    /// <summary>utime + stime of a process from /proc (all threads), in seconds.</summary>
    private static double ProcessCpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static double? Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Row(FanoutRun r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Server} | {r.Viewers} | {r.CpuPerViewerSecond * 1000:0.000} | {r.CpuSeconds / r.WindowSeconds * 100:0.0} % | {r.MbitPerViewer:0.00} | {r.Packets} | {Fmt(r.AllocatedPerPacket, "0.0")} | {Fmt(r.LatencyP50Ms, "0.00")} | {Fmt(r.LatencyP99Ms, "0.00")} | {Fmt(r.LatencyMaxMs, "0.0")} | {r.ViewerCpuShare * 100:0.0} % |");

    private static string Fmt(double? v, string format) => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string Report(FanoutClip clip, List<FanoutRun> runs, string[] args, string loadBefore, string loadAfter)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Source: {clip.Units.Count}-picture 720p H.264 clip, {clip.BitsPerSecond(Fps) / 1e6:0.00} Mbit/s at {Fps} fps, looped; viewers: raw TCP-interleaved clients in a child process.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Machine: {CpuModel()}, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load average (1/5/15 min) before: {loadBefore}, after: {loadAfter}.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Arguments: `{string.Join(' ', args)}`");
        sb.AppendLine();
        sb.AppendLine("| server | viewers | CPU ms per viewer-second | server CPU | Mbit/s per viewer | packets delivered | bytes allocated per packet | latency p50 ms | p99 ms | max ms | viewer process CPU |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in runs)
        {
            sb.AppendLine(Row(r));
        }

        sb.AppendLine();
        foreach (var n in runs.Select(r => r.Viewers).Distinct())
        {
            var ours = runs.FirstOrDefault(r => r.Server == "Vms" && r.Viewers == n);
            var gst = runs.FirstOrDefault(r => r.Server != "Vms" && r.Viewers == n);
            if (ours is not null && gst is not null && ours.CpuSeconds > 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {n} viewers: gst-rtsp-server uses {gst.CpuPerViewerSecond / ours.CpuPerViewerSecond:0.0}x our CPU per viewer-second.");
            }
        }

        return sb.ToString();
    }

    private static async Task WaitForLineAsync(StreamReader reader, string prefix, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 1000; i++)
        {
            var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("gst-rtsp-server exited");
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return;
            }
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
