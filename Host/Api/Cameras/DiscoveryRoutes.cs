using Microsoft.AspNetCore.Mvc;
using Vms.Host.Api.Security;
using Vms.Host.Cameras;
using Vms.Host.Cameras.Adoption;
using Vms.Host.Security;

namespace Vms.Host.Api.Cameras;

/// <summary><c>/api/v1/discovery</c>: POST probes now (and adopts when asked), GET the last results, POST <c>/adopt</c> one device.</summary>
internal static class DiscoveryRoutes
{
    public static void Map(RouteGroupBuilder v1)
    {
        var discovery = v1.MapGroup("/discovery").RequireVmsRight(Rights.Configure);
        discovery.MapGet("/", ([FromServices] CameraDiscovery service) => Results.Ok(service.Results));

        discovery.MapPost("/", (DiscoveryProbeRequest? body, [FromServices] CameraDiscovery service, CancellationToken ct) =>
            CameraApiErrors.Guard(async () => Results.Ok(await service.ProbeAsync(body?.AutoAdopt, ct).ConfigureAwait(false))));

        discovery.MapPost("/adopt", (CameraCreateRequest? body, [FromServices] CameraDiscovery service, [FromServices] ICameraAudit audit, HttpContext http, CancellationToken ct) =>
            CameraApiErrors.Guard(async () =>
            {
                if (body?.EndpointAddress is not { Length: > 0 } endpoint)
                {
                    return ApiProblems.BadRequest("endpointAddress (from GET /api/v1/discovery) is required");
                }

                // the device service comes from the discovery result; the body's credentials and names are used
                if (CameraRoutes.ToRequest(body, new Uri("http://placeholder.invalid/")) is not { } request)
                {
                    return ApiProblems.BadRequest("credentials need both username and password");
                }

                var record = await service.AdoptAsync(endpoint, request, ct).ConfigureAwait(false);
                await audit.RecordAsync(new CameraAuditEntry("camera.add", record.Id, record.DeviceService.AbsoluteUri, http.GetVmsUser()?.Name, http.ClientAddress()), ct).ConfigureAwait(false);
                return Results.Created($"{ApiEndpoints.VersionPrefix}/cameras/{record.Id}", record);
            }));
    }
}
