using System.Collections.Concurrent;
using Vms.Host.Cameras;

namespace Vms.Host.Tests.Streaming;

/// <summary>A camera registry the test fills; <see cref="Set"/> raises <see cref="Changed"/> like the real one.</summary>
internal sealed class FakeCameraCatalog : ICameraCatalog
{
    private readonly ConcurrentDictionary<string, CameraInfo> _cameras = new(StringComparer.Ordinal);

    public event EventHandler<string>? Changed;

    public static CameraInfo Camera(string id, bool recording = true, int? retentionDays = null) =>
        new(id, id.ToUpperInvariant(), null, null, recording, retentionDays, HasSubStream: true);

    public FakeCameraCatalog With(params CameraInfo[] cameras)
    {
        foreach (var c in cameras)
        {
            _cameras[c.Id] = c;
        }

        return this;
    }

    public void Set(CameraInfo camera)
    {
        _cameras[camera.Id] = camera;
        Changed?.Invoke(this, camera.Id);
    }

    public ValueTask<CameraInfo?> FindAsync(string cameraId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_cameras.TryGetValue(cameraId, out var c) ? c : null);

    public ValueTask<IReadOnlyList<CameraInfo>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<CameraInfo>>([.. _cameras.Values.OrderBy(c => c.Id, StringComparer.Ordinal)]);
}
