using Microsoft.AspNetCore.Mvc;
using Vms.Host.Api.Security;
using Vms.Host.Cameras.Ptz;
using Vms.Host.Cameras.Registry;
using Vms.Host.Security;

namespace Vms.Host.Api.Cameras;

/// <summary>
/// <c>/api/v1/cameras/{id}/ptz</c>: GET position; POST <c>move</c> (joystick velocities, dead-man), <c>stop</c>,
/// <c>relative</c>, <c>absolute</c>, <c>home</c>; <c>presets</c> GET/POST, <c>presets/{token}/goto</c>, DELETE <c>presets/{token}</c>.
/// </summary>
internal static class PtzRoutes
{
    public static void Map(RouteGroupBuilder v1)
    {
        var ptz = v1.MapGroup("/cameras/{id}/ptz").RequireVmsRight(Rights.Ptz, "id");
        ptz.MapGet("/", (string id, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () => Results.Ok(await service.GetPositionAsync(id, ct).ConfigureAwait(false))));

        ptz.MapPost("/move", (string id, PtzVectorRequest? body, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () =>
            {
                await service.ContinuousMoveAsync(id, body?.Pan ?? 0, body?.Tilt ?? 0, body?.Zoom ?? 0, http.GetVmsUser()?.Name, ct).ConfigureAwait(false);
                return Results.NoContent();
            }));

        ptz.MapPost("/stop", (string id, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () =>
            {
                await service.StopAsync(id, http.GetVmsUser()?.Name, ct).ConfigureAwait(false);
                return Results.NoContent();
            }));

        ptz.MapPost("/relative", (string id, PtzVectorRequest? body, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () =>
            {
                await service.RelativeMoveAsync(id, body?.Pan ?? 0, body?.Tilt ?? 0, body?.Zoom ?? 0, http.GetVmsUser()?.Name, ct).ConfigureAwait(false);
                return Results.NoContent();
            }));

        ptz.MapPost("/absolute", (string id, PtzVectorRequest? body, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () =>
            {
                if (body?.Pan is null || body.Tilt is null)
                {
                    return ApiProblems.BadRequest("pan and tilt are required (zoom defaults to 0)");
                }

                await service.AbsoluteMoveAsync(id, body.Pan.Value, body.Tilt.Value, body.Zoom ?? 0, http.GetVmsUser()?.Name, ct).ConfigureAwait(false);
                return Results.NoContent();
            }));

        ptz.MapPost("/home", (string id, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () =>
            {
                await service.GotoHomeAsync(id, http.GetVmsUser()?.Name, ct).ConfigureAwait(false);
                return Results.NoContent();
            }));

        ptz.MapGet("/presets", (string id, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () => Results.Ok(await service.GetPresetsAsync(id, ct).ConfigureAwait(false))));

        ptz.MapPost("/presets", (string id, PresetCreateRequest? body, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () =>
            {
                var token = await service.CreatePresetAsync(id, body?.Name ?? string.Empty, http.GetVmsUser()?.Name, ct).ConfigureAwait(false);
                return Results.Created($"{ApiEndpoints.VersionPrefix}/cameras/{id}/ptz/presets/{Uri.EscapeDataString(token)}", new { token, name = body?.Name });
            }));

        ptz.MapPost("/presets/{token}/goto", (string id, string token, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () =>
            {
                await service.GotoPresetAsync(id, token, http.GetVmsUser()?.Name, ct).ConfigureAwait(false);
                return Results.NoContent();
            }));

        ptz.MapDelete("/presets/{token}", (string id, string token, [FromServices] CameraPtz service, HttpContext http, CancellationToken ct) =>
            Run(id, async () =>
            {
                await service.RemovePresetAsync(id, token, http.GetVmsUser()?.Name, ct).ConfigureAwait(false);
                return Results.NoContent();
            }));
    }

    private static Task<IResult> Run(string id, Func<Task<IResult>> handler) =>
        CameraIds.IsValid(id) ? CameraApiErrors.Guard(handler) : Task.FromResult(ApiProblems.BadRequest(CameraApiErrors.BadId));
}
