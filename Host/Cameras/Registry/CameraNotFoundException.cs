namespace Vms.Host.Cameras.Registry;

/// <summary>No camera (or camera object) has the given id.</summary>
public sealed class CameraNotFoundException : Exception
{
    public CameraNotFoundException()
    {
    }

    public CameraNotFoundException(string message)
        : base(message)
    {
    }

    public CameraNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
