using Microsoft.AspNetCore.Mvc;
using Vms.Host.Audit;
using Vms.Host.Security;

namespace Vms.Host.Api.Security;

/// <summary><c>/api/v1/audit</c>: query with filters, and chain verification (administer).</summary>
internal static class AuditRoutes
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/audit", async (string? actor, string? action, string? target, DateTimeOffset? from, DateTimeOffset? to, long? after, int? limit, HttpContext c, [FromServices] IAuditLog audit) =>
            Results.Ok(await audit.QueryAsync(new AuditQuery(actor, action, target, from, to, after ?? 0, limit ?? 1000), c.RequestAborted).ConfigureAwait(false)))
            .RequireVmsRight(Rights.Administer);
        v1.MapGet("/audit/verify", async (HttpContext c, [FromServices] IAuditLog audit) =>
        {
            var broken = await audit.VerifyAsync(c.RequestAborted).ConfigureAwait(false);
            return Results.Ok(new { intact = broken is null, firstBrokenSequence = broken?.Sequence, reason = broken?.Reason });
        }).RequireVmsRight(Rights.Administer);
    }
}
