using System.Globalization;
using Vms.Host.Cameras.Registry;
using Vms.Onvif.Client;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Soap;

namespace Vms.Host.Cameras.Supervision;

/// <summary>Clock, encoder and mask configuration: read back, compared with the desired settings, re-applied.</summary>
internal sealed partial class CameraSupervisor
{
    private const double PointTolerance = 0.002;

    private async Task SyncClockAsync(OnvifDevice device, CancellationToken cancellationToken)
    {
        var reading = await device.GetSystemDateAndTimeAsync(cancellationToken).ConfigureAwait(false);
        _states.Update(CameraId, s => s with { ClockOffset = reading.Offset });
        if (reading.Offset.Duration() > _options.ClockSyncThreshold)
        {
            await device.SyncClockAsync(cancellationToken).ConfigureAwait(false);
            SupervisorLog.ClockSynced(_logger, CameraId, reading.Offset);
        }
    }

    /// <summary>
    /// Verifies the main profile's encoder and the masks of its video source, and sets what differs. Differences are
    /// drift (reported) when the camera had been configured before and <paramref name="desiredChanged"/> is false.
    /// </summary>
    private async Task ApplyConfigurationAsync(OnvifDevice device, IMediaService media, CancellationToken cancellationToken, bool desiredChanged = false)
    {
        var record = Record;
        var reportDrift = _configuredOnce && !desiredChanged;
        var differences = new List<string>();
        string? problem = null;
        var profiles = await media.GetProfilesAsync(cancellationToken).ConfigureAwait(false);
        var main = profiles.FirstOrDefault(p => p.Token == record.MainProfile)
            ?? throw new CameraStreamEndedException($"the camera no longer has profile '{record.MainProfile}'");

        var encoderDifferences = EncoderDifferences(record.Encoder, main.Encoder);
        if (encoderDifferences.Count > 0)
        {
            differences.AddRange(encoderDifferences);
            problem = await SetEncoderAsync(media, main.Token, record.Encoder, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            differences.AddRange(await ApplyMasksAsync(device, main, record.Masks, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is OnvifFeatureNotSupportedException or OnvifLimitExceededException)
        {
            problem = $"privacy masks not applied: {ex.Message}";
        }

        var now = _time.GetUtcNow();
        _configuredOnce = true;
        _states.Update(CameraId, s => s with
        {
            LastConfigurationCheckUtc = now,
            ConfigurationChecks = s.ConfigurationChecks + 1,
            Drift = reportDrift ? differences : s.Drift,
            DriftCorrections = reportDrift && differences.Count > 0 ? s.DriftCorrections + 1 : s.DriftCorrections,
            LastError = problem ?? s.LastError,
            LastErrorUtc = problem is null ? s.LastErrorUtc : now,
        });
        if (differences.Count > 0)
        {
            var text = string.Join("; ", differences);
            if (reportDrift)
            {
                SupervisorLog.Drift(_logger, CameraId, text);
            }
            else
            {
                SupervisorLog.Applied(_logger, CameraId, text);
            }
        }
    }

    /// <summary>Sets the encoder; a camera refusing the values is reported (returned), never a reason to stop streaming.</summary>
    private async Task<string?> SetEncoderAsync(IMediaService media, string profile, CameraEncoderSettings encoder, CancellationToken cancellationToken)
    {
        try
        {
            var result = await media.SetVideoEncoderAsync(profile, ToChange(encoder), cancellationToken).ConfigureAwait(false);
            if (!result.ExactlyApplied)
            {
                var clamped = string.Join("; ", result.Clamped);
                SupervisorLog.Clamped(_logger, CameraId, clamped);
                return $"encoder settings clamped by the camera: {clamped}";
            }

            return null;
        }
        catch (OnvifFaultException ex) when (ex is not OnvifNotAuthorizedException)
        {
            return $"encoder settings not applied: {ex.Message}";
        }
    }

    /// <summary>Sets the masks of the profile's video source to the desired ones (all replaced when any differs).</summary>
    private static async Task<IReadOnlyList<string>> ApplyMasksAsync(OnvifDevice device, MediaProfileInfo profile, IReadOnlyList<CameraMask> desired, CancellationToken cancellationToken)
    {
        MaskClient masks;
        try
        {
            masks = await device.GetMasksAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OnvifFeatureNotSupportedException) when (desired.Count == 0)
        {
            return [];
        }

        var source = profile.VideoSourceConfigurationToken
            ?? throw new OnvifFeatureNotSupportedException("privacy masks", $"profile {profile.Token} has no video source configuration");
        var current = await masks.GetMasksAsync(source, cancellationToken).ConfigureAwait(false);
        if (SameMasks(desired, current))
        {
            return [];
        }

        foreach (var mask in current.Where(m => m.Token is not null))
        {
            await masks.DeleteAsync(mask.Token!, cancellationToken).ConfigureAwait(false);
        }

        foreach (var mask in desired)
        {
            await masks.CreateAsync(ToOnvifMask(mask, source), cancellationToken).ConfigureAwait(false);
        }

        return [$"masks: camera had {current.Count}, {desired.Count} wanted"];
    }

    private static bool SameMasks(IReadOnlyList<CameraMask> desired, IReadOnlyList<Mask> current)
    {
        if (desired.Count != current.Count)
        {
            return false;
        }

        var unmatched = current.ToList();
        foreach (var want in desired)
        {
            var match = unmatched.FindIndex(m => SameMask(want, m));
            if (match < 0)
            {
                return false;
            }

            unmatched.RemoveAt(match);
        }

        return true;
    }

    private static bool SameMask(CameraMask want, Mask got)
    {
        if (want.Enabled != got.Enabled || want.Points.Count != got.Polygon.Count)
        {
            return false;
        }

        for (var i = 0; i < want.Points.Count; i++)
        {
            if (Math.Abs(want.Points[i].X - got.Polygon[i].X) > PointTolerance || Math.Abs(want.Points[i].Y - got.Polygon[i].Y) > PointTolerance)
            {
                return false;
            }
        }

        // a camera answering in another colour space is not second-guessed
        if (got.Color is { Colorspace: Colorspaces.Rgb } c && CameraMask.TryParseColor(want.Color, out var rgb))
        {
            return Math.Abs(c.X - rgb.R) <= 1 && Math.Abs(c.Y - rgb.G) <= 1 && Math.Abs(c.Z - rgb.B) <= 1;
        }

        return true;
    }

    private static Mask ToOnvifMask(CameraMask mask, string configurationToken)
    {
        _ = CameraMask.TryParseColor(mask.Color, out var rgb); // validated when stored
        return new Mask
        {
            ConfigurationToken = configurationToken,
            Polygon = [.. mask.Points.Select(p => new NormalizedPoint((float)p.X, (float)p.Y))],
            Type = MaskType.Color,
            Color = new Color(rgb.R, rgb.G, rgb.B, Colorspaces.Rgb),
            Enabled = mask.Enabled,
        };
    }

    private static List<string> EncoderDifferences(CameraEncoderSettings want, EncoderSettings? got)
    {
        var differences = new List<string>();
        if (got is null)
        {
            differences.Add("encoder: the main profile has no video encoder");
            return differences;
        }

        if (got.FrameRate is not { } fps || Math.Abs(fps - want.FrameRate) > 0.01)
        {
            differences.Add($"frameRate: camera {Text(got.FrameRate)}, wanted {want.FrameRate}");
        }

        if (want.Width is { } w && want.Height is { } h && (got.Width != w || got.Height != h))
        {
            differences.Add($"resolution: camera {got.Width}x{got.Height}, wanted {w}x{h}");
        }

        if (want.BitrateKbps is { } b && got.BitrateKbps != b)
        {
            differences.Add($"bitrateKbps: camera {Text(got.BitrateKbps)}, wanted {b}");
        }

        if (want.GovLength is { } g && got.GovLength != g)
        {
            differences.Add($"govLength: camera {Text(got.GovLength)}, wanted {g}");
        }

        return differences;
    }

    private static EncoderChange ToChange(CameraEncoderSettings want) => new()
    {
        FrameRate = want.FrameRate,
        Width = want.Width,
        Height = want.Height,
        BitrateKbps = want.BitrateKbps,
        GovLength = want.GovLength,
    };

    private static string Text(double? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "none";

    private static string Text(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "none";

    /// <summary>
    /// Re-checks every interval, or at once when the desired settings change; a failed check is reported, not fatal.
    /// The next periodic timer always exists before a check reports its result (a test clock can rely on it).
    /// </summary>
    private async Task CheckLoopAsync(OnvifDevice device, IMediaService media, CancellationToken cancellationToken)
    {
        var periodic = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(_options.ConfigurationCheckInterval, _time, periodic.Token);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                bool desiredChanged;
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    var wake = _recheck.Reader.WaitToReadAsync(wait.Token).AsTask();
                    var first = await Task.WhenAny(timer, wake).ConfigureAwait(false);
                    await wait.CancelAsync().ConfigureAwait(false);
                    if (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }

                    if (first == timer)
                    {
                        periodic.Dispose();
                        periodic = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                        timer = Task.Delay(_options.ConfigurationCheckInterval, _time, periodic.Token);
                        desiredChanged = false;
                    }
                    else
                    {
                        desiredChanged = _recheck.Reader.TryRead(out _);
                    }
                }

                await CheckOnceAsync(device, media, desiredChanged, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await periodic.CancelAsync().ConfigureAwait(false);
            periodic.Dispose();
        }
    }

    private async Task CheckOnceAsync(OnvifDevice device, IMediaService media, bool desiredChanged, CancellationToken cancellationToken)
    {
        try
        {
            await SyncClockAsync(device, cancellationToken).ConfigureAwait(false);
            await ApplyConfigurationAsync(device, media, cancellationToken, desiredChanged).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is OnvifException or CameraStreamEndedException or HttpRequestException or IOException or OperationCanceledException)
        {
            var now = _time.GetUtcNow();
            _states.Update(CameraId, s => s with { LastError = $"configuration check: {ex.Message}", LastErrorUtc = now });
            SupervisorLog.CheckFailed(_logger, CameraId, ex.Message);
        }
    }
}
