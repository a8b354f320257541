namespace Vms.Host.Data;

/// <summary>
/// Brings the service's database to this software's schema before anything else starts (it is registered
/// first, and the generic host starts hosted services in registration order).
/// </summary>
internal sealed class HostDatabaseInitializer(HostDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
