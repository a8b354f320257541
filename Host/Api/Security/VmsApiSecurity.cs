using System.Security.Claims;
using Vms.Host.Cameras;
using Vms.Host.Security;

namespace Vms.Host.Api.Security;

/// <summary>
/// Token authentication and rights for the REST API. <see cref="RequireVmsAuthentication"/> is applied once to
/// the whole <c>/api/v1</c> group (by <see cref="SecurityApi"/>), so EVERY route under it needs
/// <c>Authorization: Bearer vms_...</c> (401 otherwise) unless marked <see cref="AllowVmsAnonymous{T}"/>.
/// A route adds its right with <see cref="RequireVmsRight{T}"/>: the right is checked for the camera named by
/// the route value (default <c>cameraId</c>; its group comes from <see cref="ICameraCatalog"/>), or site-wide
/// when the route has no such value (403 with the reason otherwise). Handlers read the caller with
/// <see cref="GetVmsUser"/>.
/// </summary>
public static class VmsApiSecurity
{
    /// <summary>The route value that names the camera a right is checked on, unless a route says otherwise.</summary>
    public const string DefaultCameraRouteKey = "cameraId";

    private const string UserItemKey = "Vms.Security.User";

    /// <summary>Every endpoint of the group requires a valid API token (and the right its metadata names).</summary>
    public static RouteGroupBuilder RequireVmsAuthentication(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        ((IEndpointConventionBuilder)group).Finally(ApiAccessEnforcer.Wrap);
        return group;
    }

    /// <summary>The endpoint requires <paramref name="right"/> on the camera of route value <paramref name="cameraRouteKey"/> (site-wide when absent).</summary>
    public static TBuilder RequireVmsRight<TBuilder>(this TBuilder builder, Rights right, string cameraRouteKey = DefaultCameraRouteKey)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(b => b.Metadata.Add(new VmsRightRequirement(right, cameraRouteKey)));
        return builder;
    }

    /// <summary>The endpoint is reachable without a token (only the token creation itself).</summary>
    public static TBuilder AllowVmsAnonymous<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(b => b.Metadata.Add(VmsAnonymous.Instance));
        return builder;
    }

    /// <summary>The authenticated caller (null only on anonymous endpoints).</summary>
    public static UserAccount? GetVmsUser(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(UserItemKey, out var user) ? user as UserAccount : null;
    }

    /// <summary>The caller's address as written to the audit log.</summary>
    public static string? ClientAddress(this HttpContext context) => context?.Connection.RemoteIpAddress?.ToString();

    internal static void SetVmsUser(HttpContext context, UserAccount user)
    {
        context.Items[UserItemKey] = user;
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Name)], "VmsToken"));
    }
}
