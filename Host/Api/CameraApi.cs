namespace Vms.Host.Api;

/// <summary>The camera routes of the REST API.</summary>
internal static class CameraApi
{
    /// <summary>Maps the routes: <paramref name="root"/> for unversioned ones, <paramref name="v1"/> for <c>/api/v1</c>.</summary>
    public static void Map(IEndpointRouteBuilder root, RouteGroupBuilder v1, IServiceProvider services)
    {
        _ = root;
        _ = v1;
        _ = services;
    }
}
