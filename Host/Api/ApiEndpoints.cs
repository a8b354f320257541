namespace Vms.Host.Api;

/// <summary>
/// Maps the REST API: <c>/health</c> and <c>/metrics</c> at the root, everything else under <c>/api/v1</c>.
/// Each feature maps its routes in its own file. Handlers run with the embedding host's services as
/// <see cref="HttpContext.RequestServices"/>: declare service parameters with <c>[FromServices]</c>.
/// Errors are RFC 9457 problem details (<see cref="ApiProblems"/>).
/// </summary>
internal static class ApiEndpoints
{
    public const string VersionPrefix = "/api/v1";

    public static void Map(IEndpointRouteBuilder app, IServiceProvider services)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        var v1 = app.MapGroup(VersionPrefix);
        CameraApi.Map(app, v1, services);
        StreamingApi.Map(app, v1, services);
        SecurityApi.Map(app, v1, services);
    }
}
