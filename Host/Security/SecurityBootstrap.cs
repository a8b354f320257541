using Vms.Host.Audit;

namespace Vms.Host.Security;

/// <summary>
/// First start: creates the <c>admin</c> account (role administrator) WITHOUT a usable password, and says how to
/// set one. No default password exists. Runs after the database migrations (registered after them).
/// </summary>
public sealed partial class SecurityBootstrap(SecurityStore store, IAuditLog audit, TimeProvider time, ILogger<SecurityBootstrap> logger) : IHostedService
{
    /// <summary>The instruction printed and logged when the administrator has no password.</summary>
    public const string SetPasswordHint = "set the administrator's password with: vms users passwd admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await EnsureAdministratorAsync(store, audit, time, cancellationToken).ConfigureAwait(false))
        {
            LogAdminCreated(logger, SecurityOptions.AdminUser, SetPasswordHint);
        }
        else if (await store.GetUserAsync(SecurityOptions.AdminUser, cancellationToken).ConfigureAwait(false) is { PasswordHash: null })
        {
            LogAdminWithoutPassword(logger, SecurityOptions.AdminUser, SetPasswordHint);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates the administrator when the site has no user at all; true when it did.</summary>
    public static async Task<bool> EnsureAdministratorAsync(SecurityStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(time);
        if (await store.CountUsersAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return false;
        }

        var created = await store.CreateUserAsync(SecurityOptions.AdminUser, "Administrator", [BuiltInRoles.Administrator], time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (created)
        {
            await audit.AppendAsync(AuditRecord.Of(AuditActions.UserCreated, AuditRecord.SystemActor, AuditRecord.UserTarget(SecurityOptions.AdminUser), null, ("roles", BuiltInRoles.Administrator), ("password", "none")), cancellationToken).ConfigureAwait(false);
        }

        return created;
    }

    [LoggerMessage(EventId = 5430, Level = LogLevel.Warning, Message = "First start: created the '{User}' account without a password; {Hint}")]
    private static partial void LogAdminCreated(ILogger logger, string user, string hint);

    [LoggerMessage(EventId = 5431, Level = LogLevel.Warning, Message = "The '{User}' account still has no password; {Hint}")]
    private static partial void LogAdminWithoutPassword(ILogger logger, string user, string hint);
}
