using System.Globalization;
using System.Text.Json;
using Vms.Onvif.Client;
using Vms.Onvif.Soap;

namespace Vms.Host.Cli.Verbs;

/// <summary>
/// <c>vms probe URL [--user U --password P] [--timeout 10s] [--json]</c>: everything an installer needs to know about an
/// ONVIF device — information, clock offset, services, profiles with encoder settings and stream URIs, masks, PTZ.
/// </summary>
internal sealed class ProbeVerb : IVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Name => "probe";

    public string Summary => "describe an ONVIF device: URL [--user U --password P] [--timeout 10s] [--json]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var a = CommandArguments.Parse(args, "json");
        var json = a.Flag("json");
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

        if (url.Scheme == "rtsp")
        {
            throw new VerbFailedException("probing rtsp:// URLs needs the RTSP client, which this build does not have yet");
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

    internal static string Seconds(double s) => s.ToString("0.###", CultureInfo.InvariantCulture);
}
