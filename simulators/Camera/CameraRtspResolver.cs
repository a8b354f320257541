using Vms.Rtsp.Server;

namespace Vms.Simulators.Camera;

/// <summary>Maps <c>/main</c> and <c>/sub</c> (also <c>/onvif/profile_main</c>, <c>/profile_sub</c>) to the camera's shared live streams.</summary>
internal sealed class CameraRtspResolver(SimulatedCamera camera) : IRtspPathResolver
{
    public ValueTask<RtspMediaSource?> ResolveAsync(RtspPathRequest request, CancellationToken cancellationToken)
    {
        var path = request.Path.Trim('/');
        if (path.StartsWith("onvif/", StringComparison.OrdinalIgnoreCase))
        {
            path = path["onvif/".Length..];
        }

        StreamKind? kind = path.ToLowerInvariant() switch
        {
            SimulatedCamera.MainPath or "profile_main" => StreamKind.Main,
            SimulatedCamera.SubPath or "profile_sub" => StreamKind.Sub,
            _ => null,
        };
        if (kind is null || !camera.Streams.TryGetValue(kind.Value, out var stream))
        {
            return ValueTask.FromResult<RtspMediaSource?>(null);
        }

        stream.Demand();
        return ValueTask.FromResult<RtspMediaSource?>(stream.Rtsp);
    }
}
