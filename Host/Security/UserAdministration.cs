using Vms.Host.Audit;

namespace Vms.Host.Security;

/// <summary>
/// Changes to accounts, grants and tokens, shared by the API and the CLI; each is audited, and live views are
/// re-checked after a change that can take a right away.
/// </summary>
public sealed class UserAdministration(SecurityStore store, IAuditLog audit, PasswordHasher hasher, LiveAccessMonitor monitor, TimeProvider time)
{
    public const int MinPasswordLength = 10;

    public async Task<bool> AddUserAsync(string actor, string name, string? displayName, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is ':' or '"'))
        {
            throw new ArgumentException("a login name is 1-100 characters without spaces, quotes or colons", nameof(name));
        }

        var created = await store.CreateUserAsync(name, displayName ?? name, roles, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (created)
        {
            await audit.AppendAsync(AuditRecord.Of(AuditActions.UserCreated, actor, AuditRecord.UserTarget(name), null, ("roles", string.Join(',', roles))), cancellationToken).ConfigureAwait(false);
        }

        return created;
    }

    public async Task<bool> SetPasswordAsync(string actor, string name, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"a password has at least {MinPasswordLength} characters", nameof(password));
        }

        var changed = await store.SetPasswordAsync(name, hasher.Hash(password), DigestSecrets.Derive(name, SecurityOptions.Realm, password), cancellationToken).ConfigureAwait(false);
        if (changed)
        {
            await audit.AppendAsync(AuditRecord.Of(AuditActions.PasswordChanged, actor, AuditRecord.UserTarget(name), null), cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    public async Task<bool> SetDisabledAsync(string actor, string name, bool disabled, CancellationToken cancellationToken)
    {
        var changed = await store.SetDisabledAsync(name, disabled, cancellationToken).ConfigureAwait(false);
        if (changed)
        {
            await audit.AppendAsync(AuditRecord.Of(AuditActions.UserChanged, actor, AuditRecord.UserTarget(name), null, ("disabled", disabled)), cancellationToken).ConfigureAwait(false);
            await monitor.RecheckAllAsync(cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    public async Task<Grant> AddGrantAsync(string actor, GrantSubject subject, GrantScope scope, Rights rights, WeeklySchedule schedule, CancellationToken cancellationToken)
    {
        var grant = await store.AddGrantAsync(subject, scope, rights, schedule, actor, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(AuditRecord.Of(AuditActions.GrantCreated, actor, "grant:" + grant.Id, null, ("subject", subject.ToString()), ("scope", scope.ToString()), ("rights", RightsText.Format(rights)), ("schedule", schedule.ToString())), cancellationToken).ConfigureAwait(false);
        return grant;
    }

    public async Task<bool> RemoveGrantAsync(string actor, long id, CancellationToken cancellationToken)
    {
        var before = (await store.ListGrantsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(g => g.Id == id);
        if (before is null || !await store.RemoveGrantAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await audit.AppendAsync(AuditRecord.Of(AuditActions.GrantRemoved, actor, "grant:" + id, null, ("subject", before.Subject.ToString()), ("scope", before.Scope.ToString()), ("rights", RightsText.Format(before.Rights)), ("schedule", before.Schedule.ToString())), cancellationToken).ConfigureAwait(false);
        await monitor.RecheckAllAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Issues a token for an authenticated user; the token text is returned once and never stored.</summary>
    public async Task<(string Token, ApiTokenInfo Info)> CreateTokenAsync(string user, string? label, TimeSpan? lifetime, string? clientAddress, CancellationToken cancellationToken)
    {
        var life = lifetime is { } l && l > TimeSpan.Zero ? (l < SecurityOptions.MaxTokenLifetime ? l : SecurityOptions.MaxTokenLifetime) : SecurityOptions.TokenLifetime;
        var token = ApiTokens.NewToken();
        var now = time.GetUtcNow();
        var id = await store.AddTokenAsync(ApiTokens.HashOf(token), user, label ?? string.Empty, now, now + life, cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(AuditRecord.Of(AuditActions.TokenCreated, user, "token:" + id, clientAddress, ("expiresAt", now + life)), cancellationToken).ConfigureAwait(false);
        return (token, new ApiTokenInfo(id, user, label ?? string.Empty, now, now + life, null));
    }

    public async Task<bool> RevokeTokenAsync(string actor, long id, string? clientAddress, CancellationToken cancellationToken)
    {
        var revoked = await store.RevokeTokenAsync(id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (revoked)
        {
            await audit.AppendAsync(AuditRecord.Of(AuditActions.TokenRevoked, actor, "token:" + id, clientAddress), cancellationToken).ConfigureAwait(false);
        }

        return revoked;
    }
}
