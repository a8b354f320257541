using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Vms.Host.Exports;
using Vms.Host.Security;

namespace Vms.Host.Api.Security;

/// <summary><c>/api/v1/auth</c>: tokens (create with user+password, list, revoke), the caller, the site public key.</summary>
internal static class AuthRoutes
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/auth/tokens", CreateTokenAsync).AllowVmsAnonymous();
        v1.MapGet("/auth/tokens", ListTokensAsync);
        v1.MapDelete("/auth/tokens/{id:long}", RevokeTokenAsync);
        v1.MapGet("/auth/me", (HttpContext context) =>
        {
            var user = context.GetVmsUser()!;
            return Results.Ok(new { name = user.Name, displayName = user.DisplayName, roles = user.Roles.Order(StringComparer.Ordinal) });
        });
        v1.MapGet("/site-key", ([FromServices] SiteSigningKey key) => Results.Text(key.PublicKeyPem, "application/x-pem-file"));
    }

    private static async Task<IResult> CreateTokenAsync(TokenRequest? body, HttpContext context, [FromServices] IAccessGate gate, [FromServices] UserAdministration admin)
    {
        if (body is null || string.IsNullOrEmpty(body.User) || body.Password is null)
        {
            return ApiProblems.BadRequest("give {\"user\": ..., \"password\": ...}");
        }

        var ct = context.RequestAborted;
        var login = await gate.AuthenticatePasswordAsync(body.User, body.Password, context.ClientAddress(), ct).ConfigureAwait(false);
        if (!login.Succeeded)
        {
            if (login.LockedUntil is { } until)
            {
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((until - DateTimeOffset.UtcNow).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Locked out", login.Reason);
            }

            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", login.Reason);
        }

        var lifetime = body.LifetimeHours is { } h and > 0 ? TimeSpan.FromHours(h) : (TimeSpan?)null;
        var (token, info) = await admin.CreateTokenAsync(login.User!.Name, body.Label, lifetime, context.ClientAddress(), ct).ConfigureAwait(false);
        return Results.Ok(new { token, id = info.Id, user = info.User, expiresAt = info.ExpiresAt });
    }

    private static async Task<IResult> ListTokensAsync(HttpContext context, [FromServices] SecurityStore store)
    {
        var tokens = await store.ListTokensAsync(context.GetVmsUser()!.Name, context.RequestAborted).ConfigureAwait(false);
        return Results.Ok(tokens);
    }

    private static async Task<IResult> RevokeTokenAsync(long id, HttpContext context, [FromServices] SecurityStore store, [FromServices] IAccessGate gate, [FromServices] UserAdministration admin)
    {
        var user = context.GetVmsUser()!;
        var ct = context.RequestAborted;
        var token = await store.GetTokenAsync(id, ct).ConfigureAwait(false);
        if (token is null)
        {
            return ApiProblems.NotFound($"no token {id}");
        }

        if (token.User != user.Name &&
            !(await gate.CheckAsync(new AccessRequest(user.Name, Rights.Administer, AccessRequest.Site, ClientAddress: context.ClientAddress()), ct).ConfigureAwait(false)).Allowed)
        {
            return ApiProblems.Forbidden("only its owner or an administrator may revoke a token");
        }

        await admin.RevokeTokenAsync(user.Name, id, context.ClientAddress(), ct).ConfigureAwait(false);
        return Results.NoContent();
    }

    internal sealed record TokenRequest(string? User, string? Password, string? Label, double? LifetimeHours);
}
