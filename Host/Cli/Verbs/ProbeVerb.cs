using System.Globalization;
using System.Text.Json;
using Vms.Onvif.Client;
using Vms.Onvif.Soap;
using Vms.Rtsp.Client;

namespace Vms.Host.Cli.Verbs;

/// <summary>
/// <c>vms probe URL [--user U --password P] [--timeout 10s] [--json] [--streams] [--duration 5s] [--transport tcp|udp]</c>:
/// everything an installer needs to know about an ONVIF device — information, clock offset, services, profiles with
/// encoder settings and stream URIs, masks, PTZ (with <c>--streams</c>, each profile's stream pulled and measured) —
/// or, for an <c>rtsp://</c> URL, the stream itself: codec, resolution from the SPS, measured frame rate, bit rate,
/// keyframe interval.
/// </summary>
internal sealed class ProbeVerb : IVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Name => "probe";

    public string Summary => "describe an ONVIF device or an RTSP stream: URL [--user U --password P] [--timeout 10s] [--json] [--streams] [--duration 5s] [--transport tcp|udp]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var a = CommandArguments.Parse(args, "json", "streams");
        var json = a.Flag("json");
        var streams = a.Flag("streams");
        var duration = a.DurationOption("duration", TimeSpan.FromSeconds(5));
        var transport = a.Option("transport") switch
        {
            null or "tcp" => RtspClientTransport.Tcp,
            "udp" => RtspClientTransport.Udp,
            var other => throw new CommandLineException($"--transport is tcp or udp, not '{other}'"),
        };
        var user = a.Option("user");
        var password = a.Option("password");
        var timeout = a.DurationOption("timeout", TimeSpan.FromSeconds(10));
        a.ThrowIfUnknown();
        if (a.Positionals.Count != 1)
        {
            throw new CommandLineException("needs exactly one device URL (http://camera/onvif/device_service or rtsp://...)");
        }

        if ((user is null) != (password is null))
        {
            throw new CommandLineException("--user and --password go together");
        }

        if (!Uri.TryCreate(a.Positionals[0], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https" or "rtsp"))
        {
            throw new CommandLineException($"'{a.Positionals[0]}' is not an http(s):// or rtsp:// URL");
        }

        if (duration <= TimeSpan.Zero || duration > TimeSpan.FromMinutes(10))
        {
            throw new CommandLineException("--duration is between 0 and 10 minutes");
        }

        if (url.Scheme == "rtsp")
        {
            var stream = await RtspStreamProbe.ProbeAsync(a.Positionals[0], user, password, transport, duration, timeout, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            await WriteAsync(console, json, stream, RtspProbeText.Lines(stream)).ConfigureAwait(false);
            return CommandLine.Ok;
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var credentials = user is null ? null : new OnvifCredentials(user, password!);
        var device = new OnvifDevice(url, credentials, http, TimeProvider.System, new SoapClientOptions { Timeout = timeout });
        ProbeReport report;
        try
        {
            report = await ProbeReportBuilder.BuildAsync(device, cancellationToken).ConfigureAwait(false);
        }
        catch (OnvifException ex)
        {
            throw OnvifVerbErrors.ToVerbFailure(ex, device.DeviceServiceUri);
        }

        if (streams)
        {
            report = report with { Streams = await ProbeStreamsAsync(report, user, password, transport, duration, timeout, cancellationToken).ConfigureAwait(false) };
        }

        if (json)
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, Json)).ConfigureAwait(false);
        }
        else
        {
            await ProbeReportText.WriteAsync(console.Out, report).ConfigureAwait(false);
        }

        return CommandLine.Ok;
    }

    /// <summary>Pulls the stream of every profile that has a URI (TCP, or UDP with <c>--transport udp</c>), one after the other.</summary>
    private static async Task<IReadOnlyList<ProbeStream>> ProbeStreamsAsync(ProbeReport report, string? user, string? password, RtspClientTransport transport, TimeSpan duration, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var results = new List<ProbeStream>();
        foreach (var profile in report.Profiles)
        {
            var uri = transport == RtspClientTransport.Tcp ? profile.TcpUri : profile.UdpUri ?? profile.TcpUri;
            if (uri is null)
            {
                continue;
            }

            try
            {
                results.Add(new ProbeStream(profile.Token, await RtspStreamProbe.ProbeAsync(uri, user, password, transport, duration, timeout, TimeProvider.System, cancellationToken).ConfigureAwait(false), null));
            }
            catch (VerbFailedException ex)
            {
                results.Add(new ProbeStream(profile.Token, null, ex.Message));
            }
        }

        return results;
    }

    private static async Task WriteAsync<T>(CommandConsole console, bool json, T report, IEnumerable<string> lines)
    {
        if (json)
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, Json)).ConfigureAwait(false);
            return;
        }

        foreach (var line in lines)
        {
            await console.Out.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    internal static string Seconds(double s) => s.ToString("0.###", CultureInfo.InvariantCulture);
}
