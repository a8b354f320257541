using Microsoft.AspNetCore.Mvc;
using Vms.Host.Requisitions;
using Vms.Host.Security;

namespace Vms.Host.Api.Security;

/// <summary><c>/api/v1/requisitions</c> (open, list, close) and <c>/api/v1/subject-requests</c> (administer).</summary>
internal static class RequisitionRoutes
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/requisitions", async (bool? all, HttpContext c, [FromServices] RequisitionStore store) =>
            Results.Ok(await store.ListAsync(all ?? false, c.RequestAborted).ConfigureAwait(false))).RequireVmsRight(Rights.Administer);
        v1.MapPost("/requisitions", OpenAsync).RequireVmsRight(Rights.Administer);
        v1.MapPost("/requisitions/{id:long}/close", CloseAsync).RequireVmsRight(Rights.Administer);
        v1.MapPost("/subject-requests", SubjectRequestAsync).RequireVmsRight(Rights.Administer);
    }

    private static async Task<IResult> OpenAsync(RequisitionRequest? body, HttpContext c, [FromServices] RequisitionService service)
    {
        if (body is null || body.Reference is null || body.Authority is null || body.IssuedOn is null || body.Cameras is null || body.From is null || body.To is null || body.Agents is null || body.ExpiresAt is null)
        {
            return ApiProblems.BadRequest("give reference, authority, issuedOn (yyyy-mm-dd), cameras, from, to, agents and expiresAt");
        }

        try
        {
            var opened = await service.OpenAsync(new RequisitionDraft(body.Reference, body.Authority, body.IssuedOn.Value, body.Cameras, body.From.Value, body.To.Value, body.Agents, body.ExpiresAt.Value), c.GetVmsUser()!.Name, c.ClientAddress(), c.RequestAborted).ConfigureAwait(false);
            return Results.Created($"/api/v1/requisitions/{opened.Requisition.Id}", opened);
        }
        catch (RequisitionException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
    }

    private static async Task<IResult> CloseAsync(long id, HttpContext c, [FromServices] RequisitionStore store, [FromServices] RequisitionService service)
    {
        var existing = (await store.ListAsync(true, c.RequestAborted).ConfigureAwait(false)).FirstOrDefault(r => r.Requisition.Id == id);
        if (existing is null)
        {
            return ApiProblems.NotFound($"no requisition {id}");
        }

        return Results.Ok(await service.CloseAsync(existing.Requisition.Reference, c.GetVmsUser()!.Name, c.ClientAddress(), c.RequestAborted).ConfigureAwait(false));
    }

    private static async Task<IResult> SubjectRequestAsync(SubjectRequestBody? body, string? format, HttpContext c, [FromServices] SubjectRequestService service)
    {
        if (body?.Cameras is null || body.From is null || body.To is null)
        {
            return ApiProblems.BadRequest("give cameras, from and to");
        }

        try
        {
            var report = await service.AnswerAsync(body.Cameras, body.From.Value, body.To.Value, c.GetVmsUser()!.Name, c.ClientAddress(), c.RequestAborted).ConfigureAwait(false);
            return format switch
            {
                "text" => Results.Text(report.ToText(), "text/plain; charset=utf-8"),
                "html" => Results.Text(report.ToHtml(), "text/html; charset=utf-8"),
                _ => Results.Ok(report),
            };
        }
        catch (RequisitionException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
    }

    internal sealed record RequisitionRequest(string? Reference, string? Authority, DateOnly? IssuedOn, string[]? Cameras, DateTimeOffset? From, DateTimeOffset? To, string[]? Agents, DateTimeOffset? ExpiresAt);

    internal sealed record SubjectRequestBody(string[]? Cameras, DateTimeOffset? From, DateTimeOffset? To);
}
