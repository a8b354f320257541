using Microsoft.AspNetCore.Mvc;
using Vms.Host.Security;

namespace Vms.Host.Api.Security;

/// <summary><c>/api/v1/users</c> and <c>/api/v1/grants</c>: accounts and rights (administer).</summary>
internal static class UserRoutes
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/users", async (HttpContext c, [FromServices] SecurityStore store) =>
            Results.Ok((await store.ListUsersAsync(c.RequestAborted).ConfigureAwait(false)).Select(u => new
            {
                name = u.Name,
                displayName = u.DisplayName,
                roles = u.Roles.Order(StringComparer.Ordinal),
                disabled = u.Disabled,
                hasPassword = u.PasswordHash is not null,
            }))).RequireVmsRight(Rights.Administer);
        v1.MapPost("/users", AddUserAsync).RequireVmsRight(Rights.Administer);
        v1.MapPost("/users/{name}/password", SetPasswordAsync);
        v1.MapPost("/users/{name}/disable", (string name, HttpContext c, [FromServices] UserAdministration admin) => SetDisabledAsync(name, true, c, admin)).RequireVmsRight(Rights.Administer);
        v1.MapPost("/users/{name}/enable", (string name, HttpContext c, [FromServices] UserAdministration admin) => SetDisabledAsync(name, false, c, admin)).RequireVmsRight(Rights.Administer);
        v1.MapGet("/grants", async (HttpContext c, [FromServices] SecurityStore store) =>
            Results.Ok((await store.ListGrantsAsync(c.RequestAborted).ConfigureAwait(false)).Select(g => new
            {
                id = g.Id,
                subject = g.Subject.ToString(),
                scope = g.Scope.ToString(),
                rights = RightsText.Format(g.Rights),
                schedule = g.Schedule.ToString(),
            }))).RequireVmsRight(Rights.Administer);
        v1.MapPost("/grants", AddGrantAsync).RequireVmsRight(Rights.Administer);
        v1.MapDelete("/grants/{id:long}", async (long id, HttpContext c, [FromServices] UserAdministration admin) =>
            await admin.RemoveGrantAsync(c.GetVmsUser()!.Name, id, c.RequestAborted).ConfigureAwait(false) ? Results.NoContent() : ApiProblems.NotFound($"no grant {id}"))
            .RequireVmsRight(Rights.Administer);
    }

    private static async Task<IResult> AddUserAsync(UserRequest? body, HttpContext c, [FromServices] UserAdministration admin)
    {
        if (body?.Name is null)
        {
            return ApiProblems.BadRequest("give {\"name\": ..., \"displayName\": ..., \"roles\": [...], \"password\": ...}");
        }

        try
        {
            var actor = c.GetVmsUser()!.Name;
            if (!await admin.AddUserAsync(actor, body.Name, body.DisplayName, body.Roles ?? [], c.RequestAborted).ConfigureAwait(false))
            {
                return ApiProblems.Conflict($"user '{body.Name}' already exists");
            }

            if (body.Password is not null)
            {
                await admin.SetPasswordAsync(actor, body.Name, body.Password, c.RequestAborted).ConfigureAwait(false);
            }

            return Results.Created($"/api/v1/users/{Uri.EscapeDataString(body.Name)}", new { name = body.Name });
        }
        catch (ArgumentException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
    }

    private static async Task<IResult> SetPasswordAsync(string name, PasswordRequest? body, HttpContext c, [FromServices] UserAdministration admin, [FromServices] IAccessGate gate)
    {
        var caller = c.GetVmsUser()!;
        if (caller.Name != name &&
            !(await gate.CheckAsync(new AccessRequest(caller.Name, Rights.Administer, AccessRequest.Site, ClientAddress: c.ClientAddress()), c.RequestAborted).ConfigureAwait(false)).Allowed)
        {
            return ApiProblems.Forbidden("only the user or an administrator may set a password");
        }

        if (body?.Password is null)
        {
            return ApiProblems.BadRequest("give {\"password\": ...}");
        }

        try
        {
            return await admin.SetPasswordAsync(caller.Name, name, body.Password, c.RequestAborted).ConfigureAwait(false)
                ? Results.NoContent()
                : ApiProblems.NotFound($"no user '{name}'");
        }
        catch (ArgumentException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
    }

    private static async Task<IResult> SetDisabledAsync(string name, bool disabled, HttpContext c, UserAdministration admin) =>
        await admin.SetDisabledAsync(c.GetVmsUser()!.Name, name, disabled, c.RequestAborted).ConfigureAwait(false)
            ? Results.NoContent()
            : ApiProblems.NotFound($"no user '{name}'");

    private static async Task<IResult> AddGrantAsync(GrantRequest? body, HttpContext c, [FromServices] UserAdministration admin)
    {
        if (body?.Subject is null || !TryParseSubject(body.Subject, out var subject))
        {
            return ApiProblems.BadRequest("subject must be 'user:NAME' or 'role:NAME'");
        }

        if (!GrantScope.TryParse(body.Scope, out var scope))
        {
            return ApiProblems.BadRequest("scope must be '*', 'camera:ID' or 'group:NAME'");
        }

        if (!RightsText.TryParse(body.Rights, out var rights, out var rightsError))
        {
            return ApiProblems.BadRequest(rightsError!);
        }

        if (!WeeklySchedule.TryParse(body.Schedule, out var schedule, out var scheduleError))
        {
            return ApiProblems.BadRequest(scheduleError!);
        }

        var grant = await admin.AddGrantAsync(c.GetVmsUser()!.Name, subject, scope, rights, schedule, c.RequestAborted).ConfigureAwait(false);
        return Results.Created($"/api/v1/grants/{grant.Id}", new { id = grant.Id, subject = subject.ToString(), scope = scope.ToString(), rights = RightsText.Format(rights), schedule = schedule.ToString() });
    }

    internal static bool TryParseSubject(string text, out GrantSubject subject)
    {
        subject = GrantSubject.User(string.Empty);
        if (text.StartsWith("user:", StringComparison.Ordinal) && text.Length > 5)
        {
            subject = GrantSubject.User(text[5..]);
            return true;
        }

        if (text.StartsWith("role:", StringComparison.Ordinal) && text.Length > 5)
        {
            subject = GrantSubject.Role(text[5..]);
            return true;
        }

        return false;
    }

    internal sealed record UserRequest(string? Name, string? DisplayName, string[]? Roles, string? Password);

    internal sealed record PasswordRequest(string? Password);

    internal sealed record GrantRequest(string? Subject, string? Scope, string? Rights, string? Schedule);
}
