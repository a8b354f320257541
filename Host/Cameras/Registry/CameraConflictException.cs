namespace Vms.Host.Cameras.Registry;

/// <summary>The change clashes with an existing camera (same id or same device).</summary>
public sealed class CameraConflictException : Exception
{
    public CameraConflictException()
    {
    }

    public CameraConflictException(string message)
        : base(message)
    {
    }

    public CameraConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
