using Microsoft.Extensions.Options;
using Vms.Host.Cameras;
using Vms.Host.Options;

namespace Vms.Host.Demo;

/// <summary>
/// Registers the demo cameras (<c>Vms:Demo:Cameras</c> &gt; 0). Called by
/// <see cref="Composition.VmsServiceCollectionExtensions.AddVms"/> BEFORE the camera services, so the simulated
/// cameras are up before the supervisors start and stop after them.
/// </summary>
internal static class DemoServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddSingleton<IValidateOptions<VmsOptions>, DemoOptionsValidator>();
        services.AddSingleton<DemoAdoption>();
        services.AddSingleton<DemoAdministrator>();

        // the demo cameras answer WS-Discovery on the demo's port: the service probes there
        services.AddOptions<CameraOptions>().PostConfigure<IOptions<VmsOptions>>((cameras, vms) =>
        {
            if (vms.Value.Demo.Cameras > 0)
            {
                cameras.Discovery.Port = vms.Value.Demo.DiscoveryPort;
            }
        });
        services.AddSingleton<DemoFleetService>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoFleetService>());
    }
}
