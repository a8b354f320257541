using Vms.Host.Api.Security;

namespace Vms.Host.Api;

/// <summary>
/// The security routes of the REST API, and the token guard on the whole <c>/api/v1</c> group: every route under
/// it (cameras, streaming, security) needs <c>Authorization: Bearer vms_...</c>, except <c>POST /api/v1/auth/tokens</c>.
/// </summary>
internal static class SecurityApi
{
    /// <summary>Maps the routes: <paramref name="root"/> for unversioned ones, <paramref name="v1"/> for <c>/api/v1</c>.</summary>
    public static void Map(IEndpointRouteBuilder root, RouteGroupBuilder v1, IServiceProvider services)
    {
        _ = root;
        _ = services;
        v1.RequireVmsAuthentication();
        AuthRoutes.Map(v1);
        UserRoutes.Map(v1);
        RequisitionRoutes.Map(v1);
        AuditRoutes.Map(v1);
        Exports.ExportRoutes.Map(v1);
    }
}
