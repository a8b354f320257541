using System.Globalization;
using Vms.Onvif.Client;
using Vms.Onvif.Soap;

namespace Vms.Host.Cli.Verbs;

/// <summary>Collects a <see cref="ProbeReport"/> from a device. Failures of the device as a whole (unreachable, bad
/// credentials, not ONVIF) propagate; per-feature refusals (no masks, no PTZ, a URI fault) are reported in the result.</summary>
internal static class ProbeReportBuilder
{
    public static async Task<ProbeReport> BuildAsync(OnvifDevice device, CancellationToken cancellationToken)
    {
        // PRE_AUTH first: tells "not ONVIF" and "unreachable" apart from credential problems
        var clock = await device.GetSystemDateAndTimeAsync(cancellationToken).ConfigureAwait(false);
        var info = await device.GetDeviceInformationAsync(cancellationToken).ConfigureAwait(false);
        var services = await device.GetServicesAsync(cancellationToken).ConfigureAwait(false);
        var media = await device.GetMediaAsync(cancellationToken).ConfigureAwait(false);
        var profiles = await media.GetProfilesAsync(cancellationToken).ConfigureAwait(false);
        var probeProfiles = new List<ProbeProfile>();
        foreach (var p in profiles)
        {
            string? tcp = null, udp = null, error = null;
            try
            {
                tcp = (await media.GetStreamUriAsync(p.Token, StreamTransport.RtspTcp, cancellationToken).ConfigureAwait(false)).Uri.ToString();
                udp = (await media.GetStreamUriAsync(p.Token, StreamTransport.RtspUdp, cancellationToken).ConfigureAwait(false)).Uri.ToString();
            }
            catch (OnvifFaultException ex)
            {
                error = OnvifVerbErrors.OneLine(ex.Message);
            }

            var e = p.Encoder;
            probeProfiles.Add(new ProbeProfile(p.Token, p.Name, e?.Codec, e?.Width, e?.Height, e?.FrameRate, e?.BitrateKbps, e?.GovLength, tcp, udp, error));
        }

        return new ProbeReport
        {
            DeviceService = device.DeviceServiceUri.ToString(),
            Manufacturer = info.Manufacturer,
            Model = info.Model,
            FirmwareVersion = info.FirmwareVersion,
            SerialNumber = info.SerialNumber,
            HardwareId = info.HardwareId,
            DeviceUtc = clock.DeviceUtc,
            ClockOffsetSeconds = Math.Round(clock.Offset.TotalSeconds, 3),
            Authentication = device.Soap.AuthModes?.ToString(),
            Services = [.. services.Services.Select(s => new ProbeService(s.Namespace, s.XAddr.ToString(), s.Version))],
            MediaVersion = media.Version,
            Profiles = probeProfiles,
            Masks = await MasksAsync(device, profiles, cancellationToken).ConfigureAwait(false),
            Ptz = await PtzAsync(device, profiles, cancellationToken).ConfigureAwait(false),
        };
    }

    private static async Task<ProbeFeature> MasksAsync(OnvifDevice device, IReadOnlyList<MediaProfileInfo> profiles, CancellationToken cancellationToken)
    {
        try
        {
            var masks = await device.GetMasksAsync(cancellationToken).ConfigureAwait(false);
            var limits = new List<string>();
            foreach (var source in profiles.Select(p => p.VideoSourceConfigurationToken).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                var o = await masks.GetOptionsAsync(source, cancellationToken).ConfigureAwait(false);
                limits.Add(string.Create(CultureInfo.InvariantCulture, $"{source}: max {o.MaxMasks} masks, {o.MaxPoints} points, types {string.Join('/', o.Types)}{(o.RectangleOnly == true ? ", rectangles only" : string.Empty)}"));
            }

            var list = await masks.GetMasksAsync(null, cancellationToken).ConfigureAwait(false);
            return new ProbeFeature(true, null, limits, [.. list.Select(m => $"{m.Token}: {m.Type}, {m.Polygon.Count} points on {m.ConfigurationToken}{(m.Enabled ? string.Empty : " (disabled)")}")]);
        }
        catch (OnvifFeatureNotSupportedException ex)
        {
            return new ProbeFeature(false, ex.Message, [], []);
        }
        catch (OnvifFaultException ex)
        {
            return new ProbeFeature(false, OnvifVerbErrors.OneLine(ex.Message), [], []);
        }
    }

    private static async Task<ProbeFeature> PtzAsync(OnvifDevice device, IReadOnlyList<MediaProfileInfo> profiles, CancellationToken cancellationToken)
    {
        try
        {
            var ptz = await device.GetPtzAsync(cancellationToken).ConfigureAwait(false);
            var nodes = await ptz.GetNodesAsync(cancellationToken).ConfigureAwait(false);
            var limits = nodes.Select(n => string.Create(CultureInfo.InvariantCulture, $"node {n.Token} ({n.Name}): {n.MaximumNumberOfPresets} presets, home {(n.HomeSupported ? "yes" : "no")}")).ToList();
            var items = new List<string>();
            if (profiles.FirstOrDefault(p => p.PtzConfigurationToken is not null) is { } profile)
            {
                var presets = await ptz.GetPresetsAsync(profile.Token, cancellationToken).ConfigureAwait(false);
                items.AddRange(presets.Select(p => $"preset {p.Token}: {p.Name}"));
            }

            return new ProbeFeature(true, null, limits, items);
        }
        catch (OnvifFeatureNotSupportedException ex)
        {
            return new ProbeFeature(false, ex.Message, [], []);
        }
        catch (OnvifFaultException ex)
        {
            return new ProbeFeature(false, OnvifVerbErrors.OneLine(ex.Message), [], []);
        }
    }
}
