namespace Vms.Host.Composition;

/// <summary>Registers the streaming feature's services and hosted services (called by <see cref="VmsServiceCollectionExtensions.AddVms"/>).</summary>
internal static class StreamingServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        _ = services;
        _ = configuration;
    }
}
