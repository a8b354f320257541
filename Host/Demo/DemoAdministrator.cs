using Vms.Host.Security;

namespace Vms.Host.Demo;

/// <summary>Gives the first-start administrator the demo password and every camera right when it has no password yet, so a demo works with one command.</summary>
internal sealed partial class DemoAdministrator(SecurityStore store, UserAdministration users, ILogger<DemoAdministrator> logger)
{
    /// <summary>The administrator's name and the demo password, or a null password when one was set before (left unchanged).</summary>
    public async Task<(string User, string? Password)> EnsurePasswordAsync(string password, CancellationToken cancellationToken)
    {
        var admin = await store.GetUserAsync(SecurityOptions.AdminUser, cancellationToken).ConfigureAwait(false);
        if (admin is null || admin.PasswordHash is not null)
        {
            return (SecurityOptions.AdminUser, null);
        }

        await users.SetPasswordAsync("demo", SecurityOptions.AdminUser, password, cancellationToken).ConfigureAwait(false);

        // camera rights on every camera at any hour (recordings still need an open requisition naming the user)
        await users.AddGrantAsync("demo", GrantSubject.User(SecurityOptions.AdminUser), GrantScope.AllCameras, Rights.Live | Rights.Ptz | Rights.Playback | Rights.Export | Rights.Configure, WeeklySchedule.Always, cancellationToken).ConfigureAwait(false);
        LogPasswordSet(SecurityOptions.AdminUser);
        return (SecurityOptions.AdminUser, password);
    }

    [LoggerMessage(EventId = 5920, Level = LogLevel.Warning, Message = "Demo: the administrator '{User}' had no password and got the demo one (Vms:Demo:AdminPassword) and every camera right; change it before any real use")]
    private partial void LogPasswordSet(string user);
}
