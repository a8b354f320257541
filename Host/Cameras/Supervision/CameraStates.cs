using System.Collections.Concurrent;

namespace Vms.Host.Cameras.Supervision;

/// <summary>
/// The live state of every supervised camera: a plain snapshot API (<see cref="Get"/>, <see cref="All"/>) for the REST
/// API and <c>/metrics</c>, and a <see cref="Changed"/> event raised after each new snapshot (on the supervisor's thread:
/// handlers must be quick).
/// </summary>
public sealed class CameraStates
{
    private readonly ConcurrentDictionary<string, CameraStateSnapshot> _states = new(StringComparer.Ordinal);

    public event EventHandler<CameraStateSnapshot>? Changed;

    public CameraStateSnapshot? Get(string cameraId) => _states.TryGetValue(cameraId, out var s) ? s : null;

    /// <summary>Every camera's state, ordered by id.</summary>
    public IReadOnlyList<CameraStateSnapshot> All() => [.. _states.Values.OrderBy(s => s.CameraId, StringComparer.Ordinal)];

    internal CameraStateSnapshot Update(string cameraId, Func<CameraStateSnapshot, CameraStateSnapshot> change)
    {
        var updated = _states.AddOrUpdate(
            cameraId,
            id => change(new CameraStateSnapshot { CameraId = id }),
            (_, current) => change(current));
        Changed?.Invoke(this, updated);
        return updated;
    }

    internal void Remove(string cameraId) => _states.TryRemove(cameraId, out _);
}
