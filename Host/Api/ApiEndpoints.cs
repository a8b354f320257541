namespace Vms.Host.Api;

/// <summary>Maps the versioned REST API. Each feature adds its group in its own file.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app, IServiceProvider services)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        _ = services;
    }
}
