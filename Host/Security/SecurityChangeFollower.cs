using Vms.Host.Data;

namespace Vms.Host.Security;

/// <summary>
/// Re-checks the running live views when users, roles or grants were changed by another process (<c>vms users
/// disable</c> from the CLI): a disabled agent's sessions are closed at the next poll. Tokens and RTSP Digest need
/// nothing here: every request reads the account from the database.
/// </summary>
internal sealed class SecurityChangeFollower(LiveAccessMonitor monitor) : IHostChangeFollower
{
    public string Area => HostChangeAreas.Security;

    public Task BaselineAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task FollowAsync(CancellationToken cancellationToken) => monitor.RecheckAllAsync(cancellationToken);
}
