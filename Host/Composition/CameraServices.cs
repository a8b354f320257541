using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Vms.Host.Cameras;
using Vms.Host.Cameras.Adoption;
using Vms.Host.Cameras.Ptz;
using Vms.Host.Cameras.Registry;
using Vms.Host.Cameras.Supervision;
using Vms.Host.Options;

namespace Vms.Host.Composition;

/// <summary>Registers the camera feature's services and hosted services (called by <see cref="VmsServiceCollectionExtensions.AddVms"/>).</summary>
internal static class CameraServices
{
    /// <summary>The folder under the data folder holding the site keys (camera credentials key).</summary>
    public const string KeysFolder = "keys";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CameraOptions>().Bind(configuration.GetSection(CameraOptions.SectionName));
        services.TryAddSingleton(sp => new CameraCredentialProtector(
            Path.Combine(Path.GetFullPath(sp.GetRequiredService<IOptions<VmsOptions>>().Value.DataFolder), KeysFolder)));
        services.AddSingleton<CameraRegistry>();
        services.AddSingleton<ICameraCatalog>(sp => sp.GetRequiredService<CameraRegistry>());
        services.AddSingleton<Data.IHostChangeFollower>(sp => sp.GetRequiredService<CameraRegistry>());
        services.AddSingleton<CameraDevices>();
        services.AddSingleton<CameraAdoption>();
        services.AddSingleton<CameraDiscovery>();
        services.AddSingleton<CameraStates>();
        services.TryAddSingleton<ICameraAudit, AuditLogCameraAudit>();
        services.AddSingleton<CameraPtz>();
        services.AddSingleton<CameraSupervisorHost>();
        services.AddHostedService(sp => sp.GetRequiredService<CameraSupervisorHost>());
    }
}
