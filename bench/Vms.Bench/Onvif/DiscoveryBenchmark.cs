using System.Diagnostics;
using System.Globalization;
using System.Net;
using Vms.Onvif.Discovery;

namespace Vms.Bench.Onvif;

/// <summary>
/// Time to discover N devices (default 200) registered with one <see cref="DiscoveryResponder"/> on loopback addresses
/// 127.0.1.1 … 127.0.1.N: a multicast probe on the loopback interface (answer delay 0 and the WS-Discovery 500 ms
/// spread), and a unicast sweep of 127.0.1.0/24. The time is until the last device is reported.
/// </summary>
internal sealed class DiscoveryBenchmark : IBenchmark
{
    public string Name => "discover";

    public string Description => "WS-Discovery of N loopback devices: multicast and unicast sweep time to find all [--devices 200] [--rounds 5]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var devices = Arg(args, "--devices", 200);
        var rounds = Arg(args, "--rounds", 5);
        foreach (var delay in new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(500) })
        {
            await using var responder = new DiscoveryResponder(new DiscoveryResponderOptions { Port = 0, MaxResponseDelay = delay, SendHelloOnStart = false }, TimeProvider.System);
            for (var i = 1; i <= devices; i++)
            {
                await responder.AddAsync(
                    new DiscoveryDevice($"urn:uuid:{Guid.NewGuid():D}", IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"127.0.1.{i}")),
                        [string.Create(CultureInfo.InvariantCulture, $"onvif://www.onvif.org/name/Bench%20{i}"), "onvif://www.onvif.org/hardware/SIM"],
                        ["http://{address}:8080/onvif/device_service"]),
                    cancellationToken).ConfigureAwait(false);
            }

            await responder.StartAsync(cancellationToken).ConfigureAwait(false);
            var options = new DiscoveryClientOptions
            {
                Port = responder.Port,
                InterfaceAddresses = [IPAddress.Loopback],
                IncludeLoopback = true,
                ProbeTimeout = TimeSpan.FromSeconds(10),
                UnicastTimeout = TimeSpan.FromSeconds(2),
            };
            var multicast = new List<double>();
            var unicast = new List<double>();
            for (var r = 0; r < rounds; r++)
            {
                multicast.Add(await TimeToAllAsync(devices, (client, progress, ct) => client.ProbeAsync(null, progress, ct), options, cancellationToken).ConfigureAwait(false));
                if (delay == TimeSpan.Zero)
                {
                    unicast.Add(await TimeToAllAsync(devices, (client, progress, ct) => client.ProbeUnicastAsync(IpRange.Parse("127.0.1.0/24"), null, progress, ct), options, cancellationToken).ConfigureAwait(false));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"multicast, answer delay {delay.TotalMilliseconds} ms: {devices} devices found in {Summary(multicast)}"));
            if (delay > TimeSpan.Zero)
            {
                await VerbAsync(devices, rounds, responder.Port, cancellationToken).ConfigureAwait(false);
            }

            if (unicast.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unicast sweep of 127.0.1.0/24 (254 targets, {options.UnicastConcurrency} in flight): {devices} devices found in {Summary(unicast)}"));
            }
        }

        return 0;
    }

    private static async Task<double> TimeToAllAsync(int devices, Func<DiscoveryClient, IProgress<DiscoveredDevice>, CancellationToken, Task<IReadOnlyList<DiscoveredDevice>>> probe, DiscoveryClientOptions options, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var client = new DiscoveryClient(options, TimeProvider.System);
        var found = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = Stopwatch.StartNew();
        var progress = new SynchronousProgress(() =>
        {
            if (Interlocked.Increment(ref found) == devices)
            {
                all.TrySetResult();
            }
        });
        var task = probe(client, progress, cts.Token);
        var finished = await Task.WhenAny(all.Task, task).ConfigureAwait(false);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        await cts.CancelAsync().ConfigureAwait(false);
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        return finished == all.Task ? elapsed : double.NaN;
    }

    /// <summary><c>vms discover --interface 127.0.0.1 --timeout 3s --json</c> run in-process: wall time and devices listed.</summary>
    private static async Task VerbAsync(int devices, int rounds, int port, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        var listed = new List<int>();
        for (var r = 0; r < rounds; r++)
        {
            var output = new StringWriter();
            var watch = Stopwatch.StartNew();
            var code = await Vms.Host.Cli.CommandLine.RunAsync(
                ["discover", "--interface", "127.0.0.1", "--timeout", "3s", "--json", "--discovery-port", port.ToString(CultureInfo.InvariantCulture)],
                new Vms.Host.Cli.CommandConsole(output, TextWriter.Null),
                cancellationToken).ConfigureAwait(false);
            times.Add(watch.Elapsed.TotalMilliseconds);
            using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
            listed.Add(code == 0 ? json.RootElement.GetArrayLength() : -1);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"vms discover --timeout 3s (500 ms answer spread): {Summary(times)}; devices listed per round: {string.Join(", ", listed)} of {devices}"));
    }

    private static string Summary(List<double> ms)
    {
        var ok = ms.Where(m => !double.IsNaN(m)).Order().ToList();
        return ok.Count == 0
            ? "never (not all devices answered)"
            : string.Create(CultureInfo.InvariantCulture, $"median {ok[ok.Count / 2]:N0} ms, min {ok[0]:N0} ms, max {ok[^1]:N0} ms over {ok.Count}/{ms.Count} rounds");
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

}
