using System.Diagnostics;
using System.Globalization;
using Vms.Simulators.Fleet;
using Vms.Simulators.Video;

namespace Vms.Bench.Simulators;

/// <summary>
/// <c>sim-fleet</c>: a <see cref="CameraFleet"/> of N cameras in this process (one address, free ports), each main
/// stream generated, encoded and served over RTSP (TCP interleaved, Digest) to one counting reader, for a fixed
/// duration after a warm-up. Reports process CPU (of one core and of the machine), RSS, bytes/s and frames/s served
/// against frames due.
/// </summary>
internal sealed class SimFleetBenchmark : IBenchmark
{
    public string Name => "sim-fleet";

    public string Description => "N simulated cameras served over RTSP to one reader each: CPU, RSS, bytes/s, frames/s";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var (cameras, width, height, fps, seconds, warmup) = (50, 640, 360, 12, 30, 5);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            _ = args[i] switch
            {
                "--cameras" => cameras = value,
                "--width" => width = value,
                "--height" => height = value,
                "--fps" => fps = value,
                "--seconds" => seconds = value,
                "--warmup" => warmup = value,
                _ => throw new ArgumentException($"unknown option {args[i]}; options: --cameras N --width W --height H --fps F --seconds S --warmup S"),
            };
        }

        var settings = new VideoStreamSettings { Width = width, Height = height, FramesPerSecond = fps, GopFrames = fps * 2, BitrateKbps = 512 };
        var folder = Path.Combine(Path.GetTempPath(), "vms-bench-fleet-" + Guid.NewGuid().ToString("N"));
        var startWatch = Stopwatch.StartNew();
        var fleet = await CameraFleet.StartAsync(
            new FleetOptions
            {
                Cameras = [.. Enumerable.Range(0, cameras).Select(i => new FleetCameraSpec { Name = FleetNames.Default(i, cameras), MainStream = settings, SubStream = settings })],
                DataFolder = folder,
            },
            cancellationToken).ConfigureAwait(false);
        var startup = startWatch.Elapsed;
        try
        {
            var readers = fleet.Cameras.Select(_ => new RtspCountingReader()).ToArray();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var tasks = fleet.Cameras.Select((c, i) => readers[i].RunAsync(c.MainStreamUri, c.Username, c.Password, stop.Token)).ToArray();
            await Task.Delay(TimeSpan.FromSeconds(warmup), cancellationToken).ConfigureAwait(false);

            var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = readers.Sum(r => r.Bytes);
            var framesBefore = readers.Sum(r => r.Frames);
            var wall = Stopwatch.StartNew();
            long peakRss = 0;
            for (var s = 0; s < seconds; s++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                process.Refresh();
                peakRss = Math.Max(peakRss, process.WorkingSet64);
            }

            wall.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var elapsed = wall.Elapsed.TotalSeconds;
            var bytes = readers.Sum(r => r.Bytes) - bytesBefore;
            var frames = readers.Sum(r => r.Frames) - framesBefore;
            var failed = tasks.Count(t => t.IsCompleted);
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(tasks.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);

            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine($"sim-fleet: {cameras} cameras {width}x{height} {fps} fps, one RTSP reader each, {seconds} s measured after {warmup} s warm-up; {Environment.ProcessorCount} cores");
            Console.WriteLine(string.Create(inv, $"  startup            {startup.TotalSeconds:F2} s"));
            Console.WriteLine(string.Create(inv, $"  CPU                {100 * cpu / elapsed:F1} % of one core ({100 * cpu / elapsed / Environment.ProcessorCount:F1} % of the machine)"));
            Console.WriteLine(string.Create(inv, $"  RSS                {process.WorkingSet64 / 1048576.0:F0} MiB at end, {peakRss / 1048576.0:F0} MiB peak"));
            Console.WriteLine(string.Create(inv, $"  served             {bytes / elapsed / 1e6 * 8:F1} Mbit/s ({bytes / elapsed / cameras / 1000 * 8:F0} kbit/s per camera)"));
            Console.WriteLine(string.Create(inv, $"  frames/s           {frames / elapsed:F0} of {cameras * fps} due ({100.0 * frames / elapsed / (cameras * fps):F1} %)"));
            Console.WriteLine(string.Create(inv, $"  readers ended early {failed}"));
            return failed == 0 ? 0 : 1;
        }
        finally
        {
            await fleet.DisposeAsync().ConfigureAwait(false);
            Directory.Delete(folder, recursive: true);
        }
    }
}
