using Vms.Host.Audit;
using Vms.Host.Requisitions;
using Vms.Rtsp.Auth;

namespace Vms.Host.Security;

/// <summary>
/// The <see cref="IAccessGate"/> of the service: users, grants and requisitions from the database, decisions by
/// <see cref="AccessPolicy"/>, lockout by <see cref="LoginThrottle"/>, every failure and refusal audited.
/// </summary>
public sealed partial class AccessGate(
    SecurityStore store,
    RequisitionStore requisitions,
    IAuditLog audit,
    AccessPolicy policy,
    LoginThrottle throttle,
    PasswordHasher hasher,
    LiveAccessMonitor monitor,
    TimeProvider time,
    ILogger<AccessGate> logger) : IAccessGate
{
    public string Realm => SecurityOptions.Realm;

    public async Task<LoginResult> AuthenticatePasswordAsync(string user, string password, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        var userKey = "user:" + user;
        var addressKey = "address:" + clientAddress;
        var locked = throttle.LockedUntil(userKey) ?? (clientAddress is null ? null : throttle.LockedUntil(addressKey));
        if (locked is not null)
        {
            await audit.AppendAsync(AuditRecord.Of(AuditActions.LoginFailed, user, AuditRecord.UserTarget(user), clientAddress, ("reason", "locked out"), ("until", locked.Value)), cancellationToken).ConfigureAwait(false);
            return new LoginResult(null, $"too many failed logins; try again after {locked.Value:u}", locked);
        }

        var account = await store.GetUserAsync(user, cancellationToken).ConfigureAwait(false);
        var check = account is { Disabled: false } ? hasher.Verify(account.PasswordHash, password) : PasswordCheck.Wrong;
        if (check == PasswordCheck.Wrong || account is null)
        {
            var reason = account is null ? "unknown user" : account.Disabled ? "account disabled" : account.PasswordHash is null ? "no password set" : "wrong password";
            return await FailAsync(user, clientAddress, reason, userKey, addressKey, cancellationToken).ConfigureAwait(false);
        }

        if (check == PasswordCheck.RightButRehash)
        {
            await store.SetPasswordAsync(user, hasher.Hash(password), DigestSecrets.Derive(user, Realm, password), cancellationToken).ConfigureAwait(false);
        }

        throttle.Succeeded(userKey);
        await audit.AppendAsync(AuditRecord.Of(AuditActions.LoginSucceeded, user, AuditRecord.UserTarget(user), clientAddress), cancellationToken).ConfigureAwait(false);
        return new LoginResult(account, "ok");
    }

    private async Task<LoginResult> FailAsync(string user, string? clientAddress, string reason, string userKey, string addressKey, CancellationToken cancellationToken)
    {
        var until = throttle.Failed(userKey);
        if (clientAddress is not null)
        {
            until = Later(until, throttle.Failed(addressKey));
        }

        LogLoginFailed(logger, user, clientAddress ?? "-", reason);
        await audit.AppendAsync(AuditRecord.Of(AuditActions.LoginFailed, user, AuditRecord.UserTarget(user), clientAddress, ("reason", reason)), cancellationToken).ConfigureAwait(false);
        if (until is { } u)
        {
            LogLockedOut(logger, user, clientAddress ?? "-", u);
            await audit.AppendAsync(AuditRecord.Of(AuditActions.LoginLockedOut, user, AuditRecord.UserTarget(user), clientAddress, ("until", u)), cancellationToken).ConfigureAwait(false);
        }

        return new LoginResult(null, "wrong user name or password", until);
    }

    public async Task<UserAccount?> AuthenticateTokenAsync(string token, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var info = ApiTokens.LooksLikeToken(token) ? await store.FindTokenAsync(ApiTokens.HashOf(token), cancellationToken).ConfigureAwait(false) : null;
        var now = time.GetUtcNow();
        var account = info is not null && info.IsValidAt(now) ? await store.GetUserAsync(info.User, cancellationToken).ConfigureAwait(false) : null;
        if (account is { CanLogIn: true })
        {
            return account;
        }

        var reason = info is null ? "unknown token" : info.RevokedAt is not null ? "revoked token" : !info.IsValidAt(now) ? "expired token" : "account cannot log in";
        var actor = info?.User ?? "-";
        await audit.AppendAsync(AuditRecord.Of(AuditActions.TokenRejected, actor, "token:" + (info?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"), clientAddress, ("reason", reason)), cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async ValueTask<DigestCredential?> LookupDigestAsync(string user, string realm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = "user:" + user;
        if (!string.Equals(realm, Realm, StringComparison.Ordinal) || throttle.LockedUntil(key) is not null)
        {
            return null;
        }

        // counted as a failed attempt until CheckAsync for this user (reached only when the digest matched) clears it
        if (throttle.Failed(key) is { } until)
        {
            LogLockedOut(logger, user, "rtsp", until);
            await audit.AppendAsync(AuditRecord.Of(AuditActions.LoginLockedOut, user, AuditRecord.UserTarget(user), null, ("path", "rtsp"), ("until", until)), cancellationToken).ConfigureAwait(false);
        }

        var account = await store.GetUserAsync(user, cancellationToken).ConfigureAwait(false);
        if (account is not { CanLogIn: true, DigestHa1: { } digest } || !string.Equals(digest.Realm, realm, StringComparison.Ordinal))
        {
            return null;
        }

        return DigestCredential.FromHa1(new Dictionary<DigestAlgorithm, string>
        {
            [DigestAlgorithm.Md5] = digest.Md5Ha1,
            [DigestAlgorithm.Sha256] = digest.Sha256Ha1,
        });
    }

    public async Task<AccessDecision> CheckAsync(AccessRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        throttle.Succeeded("user:" + request.User);
        var decision = await EvaluateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!decision.Allowed)
        {
            var rightName = RightsText.Format(request.Right);
            LogDenied(logger, request.User, rightName, request.Camera.Id, decision.Reason);
            await audit.AppendAsync(AuditRecord.Of(
                AuditActions.AccessDenied,
                request.User,
                AuditRecord.CameraTarget(request.Camera.Id),
                request.ClientAddress,
                ("right", rightName),
                ("from", request.From),
                ("to", request.To),
                ("reason", decision.Reason)), cancellationToken).ConfigureAwait(false);
        }

        return decision;
    }

    /// <summary>The decision without auditing (the hand-over monitor re-checks with it).</summary>
    internal async Task<AccessDecision> EvaluateAsync(AccessRequest request, CancellationToken cancellationToken)
    {
        var account = await store.GetUserAsync(request.User, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return AccessDecision.Deny($"unknown user '{request.User}'");
        }

        var grants = await store.ListGrantsAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (request.Right is Rights.Playback or Rights.Export)
        {
            if (request.From is not { } from || request.To is not { } to || to < from)
            {
                return AccessDecision.Deny("playback and export need a time range (from <= to)");
            }

            var open = await requisitions.ListAsync(includeClosed: false, cancellationToken).ConfigureAwait(false);
            return policy.CanRecordings(account, request.Right, request.Camera, from, to, grants, open.Select(r => r.Requisition), now);
        }

        if (request.Right is not (Rights.Live or Rights.Ptz or Rights.Configure or Rights.Administer))
        {
            return AccessDecision.Deny("ask for one right at a time");
        }

        return policy.HasRight(account, request.Right, request.Camera, grants, now);
    }

    public async Task<LiveAccess> OpenLiveAsync(string user, CameraRef camera, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var decision = await CheckAsync(new AccessRequest(user, Rights.Live, camera, ClientAddress: clientAddress), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (!decision.Allowed)
        {
            return new LiveAccess(decision, user, camera, clientAddress, now, null);
        }

        await audit.AppendAsync(AuditRecord.Of(AuditActions.LiveStart, user, AuditRecord.CameraTarget(camera.Id), clientAddress, ("reason", decision.Reason)), cancellationToken).ConfigureAwait(false);
        var lease = new LiveAccess(decision, user, camera, clientAddress, now, async l =>
        {
            monitor.Remove(l);
            var duration = time.GetUtcNow() - l.StartedAt;
            await audit.AppendAsync(AuditRecord.Of(AuditActions.LiveStop, l.User, AuditRecord.CameraTarget(l.Camera.Id), l.ClientAddress, ("durationSeconds", Math.Round(duration.TotalSeconds, 3)), ("revoked", l.RevokedReason)), CancellationToken.None).ConfigureAwait(false);
        });
        monitor.Add(lease, decision.ValidUntil, this);
        return lease;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    [LoggerMessage(EventId = 5400, Level = LogLevel.Warning, Message = "Login of '{User}' from {Client} failed: {Reason}")]
    private static partial void LogLoginFailed(ILogger logger, string user, string client, string reason);

    [LoggerMessage(EventId = 5401, Level = LogLevel.Warning, Message = "'{User}' ({Client}) is locked out until {Until} after repeated failed logins")]
    private static partial void LogLockedOut(ILogger logger, string user, string client, DateTimeOffset until);

    [LoggerMessage(EventId = 5402, Level = LogLevel.Information, Message = "Refused {Right} on camera {Camera} to '{User}': {Reason}")]
    private static partial void LogDenied(ILogger logger, string user, string right, string camera, string reason);
}
