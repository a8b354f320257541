namespace Vms.Host.Data;

/// <summary>
/// A feature that follows the writes of its database area made by other processes (the CLI, another service
/// sharing the database). <see cref="HostChangeWatcher"/> calls <see cref="BaselineAsync"/> once at start, then
/// <see cref="FollowAsync"/> whenever the area's change version (table <c>host_change_versions</c>) has moved.
/// </summary>
public interface IHostChangeFollower
{
    /// <summary>The area of <c>host_change_versions</c> followed (<see cref="HostChangeAreas"/>).</summary>
    string Area { get; }

    /// <summary>Takes note of the current state: later calls of <see cref="FollowAsync"/> report what differs from it.</summary>
    Task BaselineAsync(CancellationToken cancellationToken);

    /// <summary>Brings the running service in line with the database after the area changed (also after its own writes).</summary>
    Task FollowAsync(CancellationToken cancellationToken);
}
