using System.Net;
using System.Text.Json;
using Vms.Onvif.Client;
using Vms.Onvif.Discovery;
using Vms.Onvif.Soap;

namespace Vms.Host.Cli.Verbs;

/// <summary>
/// <c>vms discover [--interface IP]... [--timeout 3s] [--range CIDR]... [--user U --password P] [--json]</c>: WS-Discovery
/// multicast probe on the chosen interfaces (all when none; a loopback address is allowed) plus a unicast probe of
/// each range. Model comes from the hardware scope, or GetDeviceInformation when credentials are given.
/// <c>--discovery-port</c> (hidden) replaces UDP 3702, for tests.
/// </summary>
internal sealed class DiscoverVerb : IVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Name => "discover";

    public string Summary => "find ONVIF devices: [--interface IP]... [--range CIDR]... [--timeout 3s] [--user U --password P] [--json]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var a = CommandArguments.Parse(args, "json");
        var json = a.Flag("json");
        var interfaces = a.Options("interface").Select(ParseAddress).ToArray();
        var ranges = a.Options("range").Select(ParseRange).ToArray();
        var timeout = a.DurationOption("timeout", TimeSpan.FromSeconds(3));
        var port = a.IntOption("discovery-port", DiscoveryConstants.Port, 1, 65535);
        var user = a.Option("user");
        var password = a.Option("password");
        a.ThrowIfUnknown();
        if (a.Positionals.Count > 0)
        {
            throw new CommandLineException($"unexpected argument '{a.Positionals[0]}'");
        }

        if ((user is null) != (password is null))
        {
            throw new CommandLineException("--user and --password go together");
        }

        var options = new DiscoveryClientOptions
        {
            Port = port,
            InterfaceAddresses = interfaces,
            IncludeLoopback = interfaces.Any(IPAddress.IsLoopback),
            ProbeTimeout = timeout,
            UnicastTimeout = timeout < TimeSpan.FromSeconds(1) ? timeout : TimeSpan.FromSeconds(1),
        };
        var client = new DiscoveryClient(options, TimeProvider.System);
        var probes = new List<Task<IReadOnlyList<DiscoveredDevice>>> { client.ProbeAsync(null, null, cancellationToken) };
        probes.AddRange(ranges.Select(r => client.ProbeUnicastAsync(r, null, null, cancellationToken)));
        IReadOnlyList<DiscoveredDevice>[] results;
        try
        {
            results = await Task.WhenAll(probes).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or InvalidOperationException or ArgumentException)
        {
            throw new VerbFailedException($"discovery failed: {OnvifVerbErrors.OneLine(ex.Message)}", ex);
        }

        var devices = results.SelectMany(r => r)
            .GroupBy(d => d.EndpointAddress, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .ToList();
        var credentials = user is null ? null : new OnvifCredentials(user, password!);
        var cameras = await DescribeAsync(devices, credentials, timeout, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(cameras, Json)).ConfigureAwait(false);
        }
        else
        {
            await WriteTableAsync(console.Out, cameras).ConfigureAwait(false);
        }

        return CommandLine.Ok;
    }

    private static async Task<List<DiscoveredCamera>> DescribeAsync(List<DiscoveredDevice> devices, OnvifCredentials? credentials, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = credentials is null ? null : new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var cameras = new DiscoveredCamera[devices.Count];
        using var gate = new SemaphoreSlim(16);
        await Task.WhenAll(devices.Select(async (d, i) =>
        {
            var info = d.Info;
            var xaddr = d.XAddrs.FirstOrDefault(x => Uri.TryCreate(x, UriKind.Absolute, out _)) ?? string.Empty;
            var address = (d.Responders.Count > 0 ? d.Responders[0].Address.ToString() : null)
                ?? (Uri.TryCreate(xaddr, UriKind.Absolute, out var u) ? u.Host : string.Empty);
            var model = info.Hardware ?? string.Empty;
            if (http is not null && Uri.TryCreate(xaddr, UriKind.Absolute, out var deviceUri))
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var device = new OnvifDevice(deviceUri, credentials, http, TimeProvider.System, new SoapClientOptions { Timeout = timeout });
                    var di = await device.GetDeviceInformationAsync(cancellationToken).ConfigureAwait(false);
                    model = $"{di.Manufacturer} {di.Model}".Trim();
                }
                catch (OnvifException)
                {
                    // keep the scope's hardware name: one unreachable or locked device must not hide the others
                }
                finally
                {
                    gate.Release();
                }
            }

            cameras[i] = new DiscoveredCamera(info.Name ?? string.Empty, model, address, xaddr, d.EndpointAddress, d.Scopes);
        })).ConfigureAwait(false);
        return [.. cameras.OrderBy(c => c.Address, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    private static async Task WriteTableAsync(TextWriter w, List<DiscoveredCamera> cameras)
    {
        string[] head = ["NAME", "MODEL", "ADDRESS", "DEVICE SERVICE"];
        var rows = cameras.Select(c => new[] { c.Name, c.Model, c.Address, c.DeviceService }).ToList();
        var widths = head.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        await w.WriteLineAsync(Line(head)).ConfigureAwait(false);
        for (var i = 0; i < rows.Count; i++)
        {
            await w.WriteLineAsync(Line(rows[i])).ConfigureAwait(false);
            await w.WriteLineAsync("    scopes: " + string.Join(' ', cameras[i].Scopes)).ConfigureAwait(false);
        }

        await w.WriteLineAsync($"{cameras.Count} device(s)").ConfigureAwait(false);
    }

    private static IPAddress ParseAddress(string text) =>
        IPAddress.TryParse(text, out var a) ? a : throw new CommandLineException($"--interface must be an IP address, not '{text}'");

    private static IpRange ParseRange(string text)
    {
        try
        {
            return IpRange.Parse(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new CommandLineException($"--range must be an IPv4 CIDR such as 192.168.1.0/24, not '{text}'");
        }
    }
}
