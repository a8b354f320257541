using Microsoft.Extensions.Options;
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
        services.AddSingleton<DemoFleetService>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoFleetService>());
    }
}
