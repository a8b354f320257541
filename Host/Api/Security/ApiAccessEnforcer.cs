using Vms.Host.Cameras;
using Vms.Host.Security;

namespace Vms.Host.Api.Security;

/// <summary>Wraps an endpoint's request delegate: bearer token → user (401), then the required right (403).</summary>
internal static class ApiAccessEnforcer
{
    public static void Wrap(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<VmsAnonymous>().Any() || endpoint.RequestDelegate is null)
        {
            return;
        }

        var inner = endpoint.RequestDelegate;
        var requirements = endpoint.Metadata.OfType<VmsRightRequirement>().ToArray();
        endpoint.RequestDelegate = async context =>
        {
            var result = await CheckAsync(context, requirements).ConfigureAwait(false);
            if (result is not null)
            {
                await result.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await inner(context).ConfigureAwait(false);
        };
    }

    private static async Task<IResult?> CheckAsync(HttpContext context, VmsRightRequirement[] requirements)
    {
        var gate = context.RequestServices.GetService<IAccessGate>();
        if (gate is null)
        {
            return ApiProblems.Unavailable("the security service is not running");
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Unauthorized(context, "an API token is required: POST /api/v1/auth/tokens, then send 'Authorization: Bearer <token>'");
        }

        var ct = context.RequestAborted;
        var user = await gate.AuthenticateTokenAsync(header[scheme.Length..].Trim(), context.ClientAddress(), ct).ConfigureAwait(false);
        if (user is null)
        {
            return Unauthorized(context, "the API token is unknown, revoked or expired, or its account is disabled");
        }

        VmsApiSecurity.SetVmsUser(context, user);
        foreach (var requirement in requirements)
        {
            var camera = AccessRequest.Site;
            if (context.Request.RouteValues.TryGetValue(requirement.CameraRouteKey, out var value) && value?.ToString() is { Length: > 0 } id)
            {
                var catalog = context.RequestServices.GetService<ICameraCatalog>();
                var info = catalog is null ? null : await catalog.FindAsync(id, ct).ConfigureAwait(false);
                camera = new CameraRef(id, info?.Group);
            }

            var decision = await gate.CheckAsync(new AccessRequest(user.Name, requirement.Right, camera, ClientAddress: context.ClientAddress()), ct).ConfigureAwait(false);
            if (!decision.Allowed)
            {
                return ApiProblems.Forbidden(decision.Reason);
            }
        }

        return null;
    }

    private static IResult Unauthorized(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"vms\"";
        return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }
}
