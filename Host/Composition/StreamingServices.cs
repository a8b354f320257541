using Microsoft.Extensions.DependencyInjection.Extensions;
using Vms.Host.Diagnostics;
using Vms.Host.Recording;
using Vms.Host.Streaming;

namespace Vms.Host.Composition;

/// <summary>
/// Registers the streaming feature (called by <see cref="VmsServiceCollectionExtensions.AddVms"/>): the recording
/// storage (recovery, index, reconcile), the stream hubs behind <see cref="IStreamIngest"/>, the RTSP server and
/// retention, as hosted services in that order (they stop in the reverse one: the hubs finish their segments
/// before the index is flushed).
/// </summary>
internal static class StreamingServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddSingleton<RecordingStorage>();
        services.AddHostedService(sp => sp.GetRequiredService<RecordingStorage>());

        services.AddSingleton<StreamIngest>();
        services.AddSingleton<IStreamIngest>(sp => sp.GetRequiredService<StreamIngest>());
        services.AddHostedService(sp => sp.GetRequiredService<StreamIngest>());

        // the security feature registers its provider first; until it does, the server is open
        services.TryAddSingleton<IRtspSecurityProvider, OpenRtspSecurity>();
        services.AddSingleton<VmsPathResolver>();
        services.AddSingleton<RtspServerService>();
        services.AddHostedService(sp => sp.GetRequiredService<RtspServerService>());

        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        services.AddSingleton<LegalHolds>();
        services.AddSingleton<StreamingMetrics>();
    }
}
