using Vms.Host.Data;

namespace Vms.Host.Cameras.Registry;

/// <summary>
/// Following the registry writes of other processes: the rows as this process last knew them (its own writes
/// included) are compared with the table whenever the <c>cameras</c> change version moves, and
/// <see cref="CameraRegistry.Changed"/> is raised for every camera added, changed or removed elsewhere, exactly as
/// for a change made here (supervisors start, stop or take the new settings; recording switches).
/// </summary>
public sealed partial class CameraRegistry
{
    private readonly Lock _knownLock = new();
    private Dictionary<string, CameraRow>? _known;

    string IHostChangeFollower.Area => HostChangeAreas.Cameras;

    async Task IHostChangeFollower.BaselineAsync(CancellationToken cancellationToken)
    {
        var rows = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
        lock (_knownLock)
        {
            _known = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        }
    }

    async Task IHostChangeFollower.FollowAsync(CancellationToken cancellationToken)
    {
        var rows = (await _store.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        List<string> changed;
        lock (_knownLock)
        {
            var known = _known ?? [];
            changed = [.. rows.Keys.Where(id => !known.TryGetValue(id, out var old) || old != rows[id]).Concat(known.Keys.Where(id => !rows.ContainsKey(id)))];
            _known = rows;
        }

        foreach (var id in changed.Order(StringComparer.Ordinal))
        {
            LogChangedElsewhere(_logger, id, rows.ContainsKey(id) ? "added or changed" : "removed");
            RaiseChanged(id);
        }
    }

    /// <summary>Notes a write of this process (null: removed), so that following the version it bumped raises nothing more.</summary>
    private void Remember(string cameraId, CameraRow? row)
    {
        lock (_knownLock)
        {
            if (_known is null)
            {
                return;
            }

            if (row is null)
            {
                _known.Remove(cameraId);
            }
            else
            {
                _known[cameraId] = row;
            }
        }
    }

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Camera {CameraId} {What} by another process")]
    private static partial void LogChangedElsewhere(ILogger logger, string cameraId, string what);
}
