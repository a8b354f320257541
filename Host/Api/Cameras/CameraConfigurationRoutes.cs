using Microsoft.AspNetCore.Mvc;
using Vms.Host.Api.Security;
using Vms.Host.Cameras;
using Vms.Host.Cameras.Registry;
using Vms.Host.Security;

namespace Vms.Host.Api.Cameras;

/// <summary><c>/api/v1/cameras/{id}/masks</c> and <c>/encoder</c>: the desired settings the supervisor keeps on the camera.</summary>
internal static class CameraConfigurationRoutes
{
    public static void Map(RouteGroupBuilder v1)
    {
        var view = v1.MapGroup(string.Empty).RequireVmsRight(Rights.Live, "id");
        var configure = v1.MapGroup(string.Empty).RequireVmsRight(Rights.Configure, "id");
        view.MapGet("/cameras/{id}/masks", (string id, [FromServices] CameraRegistry registry, CancellationToken ct) =>
            WithCamera(id, registry, r => Results.Ok(new MasksBody(r.Masks)), ct));

        configure.MapPut("/cameras/{id}/masks", (string id, MasksBody? body, [FromServices] CameraRegistry registry, [FromServices] ICameraAudit audit, HttpContext http, CancellationToken ct) =>
            CameraApiErrors.Guard(async () =>
            {
                if (!CameraIds.IsValid(id))
                {
                    return ApiProblems.BadRequest(CameraApiErrors.BadId);
                }

                if (CameraMask.Validate(body?.Masks) is { } problem)
                {
                    return ApiProblems.BadRequest(problem);
                }

                var record = await registry.SetMasksAsync(id, body!.Masks!, ct).ConfigureAwait(false);
                await audit.RecordAsync(new CameraAuditEntry("camera.masks", id, $"{record.Masks.Count} masks", http.GetVmsUser()?.Name, http.ClientAddress()), ct).ConfigureAwait(false);
                return Results.Ok(new MasksBody(record.Masks));
            }));

        view.MapGet("/cameras/{id}/encoder", (string id, [FromServices] CameraRegistry registry, CancellationToken ct) =>
            WithCamera(id, registry, r => Results.Ok(r.Encoder), ct));

        configure.MapPut("/cameras/{id}/encoder", (string id, CameraEncoderSettings? body, [FromServices] CameraRegistry registry, [FromServices] ICameraAudit audit, HttpContext http, CancellationToken ct) =>
            CameraApiErrors.Guard(async () =>
            {
                if (!CameraIds.IsValid(id))
                {
                    return ApiProblems.BadRequest(CameraApiErrors.BadId);
                }

                if (body is null)
                {
                    return ApiProblems.BadRequest("a JSON body {frameRate, width, height, bitrateKbps, govLength} is required");
                }

                if (body.Validate() is { } problem)
                {
                    return ApiProblems.BadRequest(problem);
                }

                var record = await registry.SetEncoderAsync(id, body, ct).ConfigureAwait(false);
                await audit.RecordAsync(new CameraAuditEntry("camera.encoder", id, record.Encoder.ToString(), http.GetVmsUser()?.Name, http.ClientAddress()), ct).ConfigureAwait(false);
                return Results.Ok(record.Encoder);
            }));
    }

    private static Task<IResult> WithCamera(string id, CameraRegistry registry, Func<CameraRecord, IResult> answer, CancellationToken ct) =>
        CameraApiErrors.Guard(async () => !CameraIds.IsValid(id)
            ? ApiProblems.BadRequest(CameraApiErrors.BadId)
            : await registry.GetAsync(id, ct).ConfigureAwait(false) is { } record
                ? answer(record)
                : ApiProblems.NotFound($"no camera '{id}'"));
}
