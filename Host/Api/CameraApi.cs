using Vms.Host.Api.Cameras;

namespace Vms.Host.Api;

/// <summary>The camera routes of the REST API: discovery, cameras and their state, masks, encoder settings, PTZ and presets.</summary>
internal static class CameraApi
{
    /// <summary>Maps the routes: <paramref name="root"/> for unversioned ones, <paramref name="v1"/> for <c>/api/v1</c>.</summary>
    public static void Map(IEndpointRouteBuilder root, RouteGroupBuilder v1, IServiceProvider services)
    {
        _ = root;
        _ = services;
        DiscoveryRoutes.Map(v1);
        CameraRoutes.Map(v1);
        CameraConfigurationRoutes.Map(v1);
        PtzRoutes.Map(v1);
    }
}
