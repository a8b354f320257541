namespace Vms.Host.Cameras;

/// <summary>Read access to the camera registry for the features that do not manage cameras.</summary>
public interface ICameraCatalog
{
    ValueTask<CameraInfo?> FindAsync(string cameraId, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<CameraInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Raised after a camera is added, changed or removed (argument: its id).</summary>
    event EventHandler<string>? Changed;
}
