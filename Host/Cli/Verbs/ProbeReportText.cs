using System.Globalization;

namespace Vms.Host.Cli.Verbs;

/// <summary>The human-readable form of a <see cref="ProbeReport"/>.</summary>
internal static class ProbeReportText
{
    public static async Task WriteAsync(TextWriter w, ProbeReport r)
    {
        var lines = new List<string>
        {
            $"device      {r.DeviceService}",
            $"model       {r.Manufacturer} {r.Model} (firmware {r.FirmwareVersion}, serial {r.SerialNumber}, hardware {r.HardwareId})",
            $"clock       {r.DeviceUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)} (offset {ProbeVerb.Seconds(r.ClockOffsetSeconds)} s)",
            $"auth        {r.Authentication ?? "none needed"}",
            "services",
        };
        lines.AddRange(r.Services.Select(s => $"  {s.Namespace} {s.Version} {s.XAddr}"));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"profiles    (Media{(r.MediaVersion == 2 ? "2" : " 1")})"));
        foreach (var p in r.Profiles)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {p.Token} \"{p.Name}\": {p.Codec ?? "no video encoder"} {p.Width}x{p.Height} {p.FrameRate} fps {p.BitrateKbps} kbit/s GOP {p.GovLength}"));
            lines.Add(p.UriError is null ? $"    tcp {p.TcpUri}" : $"    stream URI refused: {p.UriError}");
            if (p.UriError is null)
            {
                lines.Add($"    udp {p.UdpUri}");
            }
        }

        Feature("masks", r.Masks);
        Feature("ptz", r.Ptz);
        foreach (var stream in r.Streams ?? [])
        {
            lines.Add($"profile {stream.Profile}");
            lines.AddRange(stream.Report is { } measured ? RtspProbeText.Lines(measured, "  ") : [$"  stream failed: {stream.Error}"]);
        }

        foreach (var line in lines)
        {
            await w.WriteLineAsync(line).ConfigureAwait(false);
        }

        void Feature(string name, ProbeFeature f)
        {
            lines.Add($"{name,-11} {(f.Supported ? "supported" : "not supported: " + f.Reason)}");
            lines.AddRange(f.Limits.Select(l => "  " + l));
            lines.AddRange(f.Items.Select(i => "  " + i));
        }
    }
}
