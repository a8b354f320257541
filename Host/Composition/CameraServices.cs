namespace Vms.Host.Composition;

/// <summary>Registers the camera feature's services and hosted services (called by <see cref="VmsServiceCollectionExtensions.AddVms"/>).</summary>
internal static class CameraServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        _ = services;
        _ = configuration;
    }
}
