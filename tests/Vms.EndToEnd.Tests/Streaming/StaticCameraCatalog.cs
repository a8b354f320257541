using Vms.Host.Cameras;

namespace Vms.EndToEnd.Tests.Streaming;

/// <summary>A camera registry holding fixed cameras (recording on), standing in for adopted cameras.</summary>
internal sealed class StaticCameraCatalog(params string[] ids) : ICameraCatalog
{
    private readonly IReadOnlyList<CameraInfo> _cameras = [.. ids.Select(id => new CameraInfo(id, id, null, null, true, null, HasSubStream: false))];

    public event EventHandler<string>? Changed
    {
        add { }
        remove { }
    }

    public ValueTask<CameraInfo?> FindAsync(string cameraId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_cameras.FirstOrDefault(c => c.Id == cameraId));

    public ValueTask<IReadOnlyList<CameraInfo>> ListAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_cameras);
}
