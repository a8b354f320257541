using Vms.Host.Cameras.Adoption;
using Vms.Host.Cameras.Registry;
using Vms.Host.Options;
using Vms.Onvif.Client;
using Vms.Simulators.Fleet;

namespace Vms.Host.Demo;

/// <summary>
/// Adopts the demo cameras the way an installer would: one WS-Discovery probe (loopback, the demo's port), then each
/// simulated camera adopted from the results with the demo credentials, under its simulator name as camera id. A
/// camera already in the registry from an earlier demo run is kept (its device address refreshed: demo cameras take
/// new ports on every start); a camera the probe missed is adopted by its address.
/// </summary>
internal sealed partial class DemoAdoption(CameraDiscovery discovery, CameraAdoption adoption, CameraRegistry registry, ILogger<DemoAdoption> logger)
{
    public async Task<IReadOnlyList<DemoCamera>> AdoptAsync(CameraFleet fleet, DemoOptions demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(demo);
        var results = await discovery.ProbeAsync(autoAdopt: false, cancellationToken).ConfigureAwait(false);
        OnvifCredentials[] credentials = [new(demo.Username, demo.Password)];
        var cameras = new List<DemoCamera>(fleet.Cameras.Count);
        var discovered = 0;
        foreach (var camera in fleet.Cameras)
        {
            var entry = results.Devices.FirstOrDefault(e => string.Equals(e.EndpointAddress, camera.Camera.EndpointAddress, StringComparison.OrdinalIgnoreCase));
            discovered += entry is null ? 0 : 1;
            string? id = null;
            try
            {
                id = await AdoptOneAsync(camera, entry, credentials, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is CameraAdoptionException or CameraConflictException or CameraValidationException)
            {
                LogAdoptionFailed(camera.Name, ex.Message);
            }

            cameras.Add(new DemoCamera(camera.Name, camera.Kind.ToString().ToLowerInvariant(), camera.DeviceServiceUri, id));
        }

        var adopted = cameras.Count(c => c.CameraId is not null);
        LogAdopted(adopted, fleet.Cameras.Count, discovered);
        return cameras;
    }

    private async Task<string> AdoptOneAsync(FleetCamera camera, DiscoveredCameraEntry? entry, OnvifCredentials[] credentials, CancellationToken cancellationToken)
    {
        var existing = await registry.GetAsync(entry?.AdoptedAs ?? camera.Name, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            if (existing.DeviceService != camera.DeviceServiceUri || existing.EndpointAddress != camera.Camera.EndpointAddress)
            {
                await registry.UpdateAsync(existing.Id, r => r with { DeviceService = camera.DeviceServiceUri, EndpointAddress = camera.Camera.EndpointAddress }, cancellationToken).ConfigureAwait(false);
            }

            return existing.Id;
        }

        var request = new CameraAdoptionRequest
        {
            DeviceService = camera.DeviceServiceUri,
            Credentials = credentials,
            Id = camera.Name,
            Name = camera.Name,
            Location = camera.Spec.Location,
            EndpointAddress = camera.Camera.EndpointAddress,
        };
        var record = entry is not null
            ? await discovery.AdoptAsync(entry.EndpointAddress, request, cancellationToken).ConfigureAwait(false)
            : await adoption.AdoptAsync(request, cancellationToken).ConfigureAwait(false);
        return record.Id;
    }

    [LoggerMessage(EventId = 5910, Level = LogLevel.Information, Message = "Demo: {Adopted} of {Count} simulated cameras adopted ({Discovered} found by WS-Discovery, the others by address)")]
    private partial void LogAdopted(int adopted, int count, int discovered);

    [LoggerMessage(EventId = 5911, Level = LogLevel.Warning, Message = "Demo: camera {Name} could not be adopted: {Reason}")]
    private partial void LogAdoptionFailed(string name, string reason);
}
