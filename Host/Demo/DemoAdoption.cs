using Vms.Host.Options;
using Vms.Simulators.Fleet;

namespace Vms.Host.Demo;

/// <summary>Discovers the demo cameras over WS-Discovery on loopback and adopts them with the demo credentials.</summary>
internal sealed partial class DemoAdoption(ILogger<DemoAdoption> logger)
{
    public Task<IReadOnlyList<DemoCamera>> AdoptAsync(CameraFleet fleet, DemoOptions demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(demo);
        cancellationToken.ThrowIfCancellationRequested();
        LogAdoptionUnavailable(fleet.Cameras.Count);
        IReadOnlyList<DemoCamera> cameras = [.. fleet.Cameras.Select(c => new DemoCamera(c.Name, c.Kind.ToString().ToLowerInvariant(), c.DeviceServiceUri, null))];
        return Task.FromResult(cameras);
    }

    [LoggerMessage(EventId = 5910, Level = LogLevel.Warning, Message = "Demo: camera adoption is not available in this build; {Count} cameras left unadopted")]
    private partial void LogAdoptionUnavailable(int count);
}
