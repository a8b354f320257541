using Vms.Host.Cameras.Registry;
using Vms.Onvif.Client;
using Vms.Onvif.Discovery;
using Vms.Onvif.Soap;

namespace Vms.Host.Cameras.Adoption;

/// <summary>
/// Adopts a device: tries the credentials in order until the device accepts one, identifies it (device information,
/// scopes, profiles through Media2 when offered), picks the main/sub profiles and stores the camera in the registry
/// with the site's default encoder settings.
/// </summary>
public sealed partial class CameraAdoption(CameraRegistry registry, CameraDevices devices, ILogger<CameraAdoption> logger)
{
    public async Task<CameraRecord> AdoptAsync(CameraAdoptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (identity, credentials) = await IdentifyAsync(request.DeviceService, request.Credentials, cancellationToken).ConfigureAwait(false);
        var name = request.Name ?? identity.ScopeName ?? $"{identity.Manufacturer} {identity.Model}".Trim();
        if (string.IsNullOrWhiteSpace(name))
        {
            name = request.DeviceService.Host;
        }

        var draft = new CameraRecord
        {
            Id = request.Id ?? string.Empty,
            Name = name,
            Location = request.Location ?? identity.ScopeLocation,
            Group = request.Group,
            DeviceService = request.DeviceService,
            EndpointAddress = request.EndpointAddress,
            Manufacturer = identity.Manufacturer,
            Model = identity.Model,
            MainProfile = identity.MainProfile,
            SubProfile = identity.SubProfile,
            RecordingEnabled = request.RecordingEnabled,
            RetentionDays = request.RetentionDays,
            Encoder = registry.DefaultEncoder,
        };
        var record = await registry.AddAsync(draft, credentials, cancellationToken).ConfigureAwait(false);
        LogAdopted(logger, record.Id, identity.Manufacturer, identity.Model, identity.MediaVersion, identity.MainProfile, identity.SubProfile);
        return record;
    }

    /// <summary>
    /// Connects with each credential in turn (anonymously when the list is empty) and identifies the device. Throws
    /// <see cref="CameraAdoptionException"/> naming why the last attempt failed.
    /// </summary>
    public async Task<(DeviceIdentity Identity, OnvifCredentials? Credentials)> IdentifyAsync(Uri deviceService, IReadOnlyList<OnvifCredentials> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deviceService);
        ArgumentNullException.ThrowIfNull(candidates);
        IReadOnlyList<OnvifCredentials?> attempts = candidates.Count == 0 ? [null] : [.. candidates];
        Exception? last = null;
        foreach (var credentials in attempts)
        {
            var device = devices.Create(deviceService, credentials);
            try
            {
                return (await IdentifyAsync(device, cancellationToken).ConfigureAwait(false), credentials);
            }
            catch (OnvifNotAuthorizedException ex)
            {
                last = ex; // next credential
            }
            catch (OnvifException ex)
            {
                throw new CameraAdoptionException($"{deviceService}: {ex.Message}", ex);
            }
        }

        throw new CameraAdoptionException(
            candidates.Count == 0
                ? $"{deviceService} requires credentials"
                : $"{deviceService} refused every credential tried ({candidates.Count})",
            last);
    }

    private static async Task<DeviceIdentity> IdentifyAsync(OnvifDevice device, CancellationToken cancellationToken)
    {
        var info = await device.GetDeviceInformationAsync(cancellationToken).ConfigureAwait(false);
        OnvifScopeInfo? scopes = null;
        try
        {
            scopes = OnvifScopeInfo.Parse((await device.GetScopesAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Item));
        }
        catch (OnvifFaultException)
        {
            // scopes are a nicety (the camera's name); a device that refuses them is adopted all the same
        }

        var media = await device.GetMediaAsync(cancellationToken).ConfigureAwait(false);
        var profiles = await media.GetProfilesAsync(cancellationToken).ConfigureAwait(false);
        var choice = ProfileChoice.Pick(profiles)
            ?? throw new CameraAdoptionException($"{device.DeviceServiceUri}: no media profile has a video encoder");
        return new DeviceIdentity(info.Manufacturer, info.Model, scopes?.Name, scopes is { Locations.Count: > 0 } ? scopes.Locations[0] : null, media.Version, choice.Main, choice.Sub);
    }

    [LoggerMessage(EventId = 5210, Level = LogLevel.Information, Message = "Adopted camera {CameraId}: {Manufacturer} {Model}, Media{MediaVersion}, main profile {Main}, sub profile {Sub}")]
    private static partial void LogAdopted(ILogger logger, string cameraId, string manufacturer, string model, int mediaVersion, string main, string? sub);
}
