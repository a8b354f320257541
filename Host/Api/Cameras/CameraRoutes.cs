using Microsoft.AspNetCore.Mvc;
using Vms.Host.Api.Security;
using Vms.Host.Cameras;
using Vms.Host.Cameras.Adoption;
using Vms.Host.Cameras.Registry;
using Vms.Host.Cameras.Supervision;
using Vms.Host.Security;
using Vms.Onvif.Client;

namespace Vms.Host.Api.Cameras;

/// <summary>
/// <c>/api/v1/cameras</c>: list, adopt by address (POST), read, change (PATCH), remove, and <c>/{id}/state</c>
/// (<c>/api/v1/cameras/states</c> for all). Credentials are accepted, never returned. Reading a camera needs the
/// <c>live</c> right on it, adding one <c>configure</c> site-wide, changing or removing one <c>configure</c> on it.
/// </summary>
internal static class CameraRoutes
{
    public static void Map(RouteGroupBuilder v1)
    {
        var cameras = v1.MapGroup("/cameras");
        var view = cameras.MapGroup(string.Empty).RequireVmsRight(Rights.Live, "id");
        var configure = cameras.MapGroup(string.Empty).RequireVmsRight(Rights.Configure, "id");
        cameras.MapGet("/", async ([FromServices] CameraRegistry registry, CancellationToken ct) =>
            Results.Ok(await registry.ListRecordsAsync(ct).ConfigureAwait(false)));

        cameras.MapGet("/states", ([FromServices] CameraStates states) => Results.Ok(states.All()));

        configure.MapPost("/", (CameraCreateRequest? body, [FromServices] CameraAdoption adoption, [FromServices] ICameraAudit audit, HttpContext http, CancellationToken ct) =>
            CameraApiErrors.Guard(async () =>
            {
                if (body is null || !Uri.TryCreate(body.DeviceService, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    return ApiProblems.BadRequest("deviceService must be an absolute http(s) URL of the camera's ONVIF device service");
                }

                if (ToRequest(body, uri) is not { } request)
                {
                    return ApiProblems.BadRequest("credentials need both username and password");
                }

                var record = await adoption.AdoptAsync(request, ct).ConfigureAwait(false);
                await audit.RecordAsync(new CameraAuditEntry("camera.add", record.Id, record.DeviceService.AbsoluteUri, http.GetVmsUser()?.Name, http.ClientAddress()), ct).ConfigureAwait(false);
                return Results.Created($"{ApiEndpoints.VersionPrefix}/cameras/{record.Id}", record);
            }));

        view.MapGet("/{id}", (string id, [FromServices] CameraRegistry registry, CancellationToken ct) =>
            CameraApiErrors.Guard(async () => !CameraIds.IsValid(id)
                ? ApiProblems.BadRequest(CameraApiErrors.BadId)
                : await registry.GetAsync(id, ct).ConfigureAwait(false) is { } record
                    ? Results.Ok(record)
                    : ApiProblems.NotFound($"no camera '{id}'")));

        view.MapGet("/{id}/state", async (string id, [FromServices] CameraRegistry registry, [FromServices] CameraStates states, CancellationToken ct) =>
            !CameraIds.IsValid(id)
                ? ApiProblems.BadRequest(CameraApiErrors.BadId)
                : await registry.GetAsync(id, ct).ConfigureAwait(false) is null
                    ? ApiProblems.NotFound($"no camera '{id}'")
                    : Results.Ok(states.Get(id) ?? new CameraStateSnapshot { CameraId = id }));

        configure.MapPatch("/{id}", (string id, CameraUpdateRequest? body, [FromServices] CameraRegistry registry, [FromServices] ICameraAudit audit, HttpContext http, CancellationToken ct) =>
            CameraApiErrors.Guard(async () =>
            {
                if (!CameraIds.IsValid(id))
                {
                    return ApiProblems.BadRequest(CameraApiErrors.BadId);
                }

                if (body is null)
                {
                    return ApiProblems.BadRequest("a JSON body with the members to change is required");
                }

                Uri? device = null;
                if (body.DeviceService is not null && (!Uri.TryCreate(body.DeviceService, UriKind.Absolute, out device) || device.Scheme is not ("http" or "https")))
                {
                    return ApiProblems.BadRequest("deviceService must be an absolute http(s) URL");
                }

                if ((body.Username is null) != (body.Password is null))
                {
                    return ApiProblems.BadRequest("username and password go together");
                }

                var record = await registry.UpdateAsync(id, r => r with
                {
                    Name = body.Name ?? r.Name,
                    Location = body.Location ?? r.Location,
                    Group = body.Group ?? r.Group,
                    RecordingEnabled = body.RecordingEnabled ?? r.RecordingEnabled,
                    RetentionDays = body.RetentionDays ?? r.RetentionDays,
                    DeviceService = device ?? r.DeviceService,
                    MainProfile = body.MainProfile ?? r.MainProfile,
                    SubProfile = body.SubProfile ?? r.SubProfile,
                }, ct).ConfigureAwait(false);
                if (body.Username is not null)
                {
                    record = await registry.SetCredentialsAsync(id, new OnvifCredentials(body.Username, body.Password!), ct).ConfigureAwait(false);
                }

                await audit.RecordAsync(new CameraAuditEntry("camera.change", id, null, http.GetVmsUser()?.Name, http.ClientAddress()), ct).ConfigureAwait(false);
                return Results.Ok(record);
            }));

        configure.MapDelete("/{id}", (string id, [FromServices] CameraRegistry registry, [FromServices] ICameraAudit audit, HttpContext http, CancellationToken ct) =>
            CameraApiErrors.Guard(async () =>
            {
                if (!CameraIds.IsValid(id))
                {
                    return ApiProblems.BadRequest(CameraApiErrors.BadId);
                }

                if (!await registry.RemoveAsync(id, ct).ConfigureAwait(false))
                {
                    return ApiProblems.NotFound($"no camera '{id}'");
                }

                await audit.RecordAsync(new CameraAuditEntry("camera.remove", id, null, http.GetVmsUser()?.Name, http.ClientAddress()), ct).ConfigureAwait(false);
                return Results.NoContent();
            }));
    }

    /// <summary>The adoption request of a body; null when a credential lacks its user or password.</summary>
    internal static CameraAdoptionRequest? ToRequest(CameraCreateRequest body, Uri deviceService)
    {
        var credentials = new List<OnvifCredentials>();
        if (body.Username is not null || body.Password is not null)
        {
            if (body.Username is null || body.Password is null)
            {
                return null;
            }

            credentials.Add(new OnvifCredentials(body.Username, body.Password));
        }

        foreach (var c in body.Credentials ?? [])
        {
            if (c?.Username is null || c.Password is null)
            {
                return null;
            }

            credentials.Add(new OnvifCredentials(c.Username, c.Password));
        }

        if (body.Id is not null && !CameraIds.IsValid(body.Id))
        {
            throw new CameraValidationException($"id '{body.Id}': {CameraApiErrors.BadId}");
        }

        return new CameraAdoptionRequest
        {
            DeviceService = deviceService,
            Credentials = credentials,
            Id = body.Id,
            Name = body.Name,
            Location = body.Location,
            Group = body.Group,
            RecordingEnabled = body.RecordingEnabled ?? true,
            RetentionDays = body.RetentionDays,
        };
    }
}
