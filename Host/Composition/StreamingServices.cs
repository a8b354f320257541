using Microsoft.Extensions.DependencyInjection.Extensions;
using Vms.Host.Diagnostics;
using Vms.Host.Recording;
using Vms.Host.Streaming;
using Vms.Storage.Index;

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

        // for the features that reach the recordings directly (requisition holds, exports); valid once started
        services.AddSingleton<ISegmentIndex>(sp => sp.GetRequiredService<RecordingStorage>().Index);
        services.AddSingleton<ISegmentFiles>(sp => sp.GetRequiredService<RecordingStorage>().Files);

        services.AddSingleton<StreamIngest>();
        services.AddSingleton<IStreamIngest>(sp => sp.GetRequiredService<StreamIngest>());
        services.AddHostedService(sp => sp.GetRequiredService<StreamIngest>());

        // Digest against the service's users and rights per path; an embedding application may register its own first
        services.AddSingleton<RtspPathAuthorizer>();
        services.TryAddSingleton<IRtspSecurityProvider, AccessGateRtspSecurity>();
        services.AddSingleton<VmsPathResolver>();
        services.AddSingleton<RtspServerService>();
        services.AddHostedService(sp => sp.GetRequiredService<RtspServerService>());

        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        services.AddSingleton<LegalHolds>();
        services.AddSingleton<StreamingMetrics>();
    }
}
