namespace Vms.Host.Cameras.Supervision;

/// <summary>A camera's main stream ended (server closed, stalled, refused): the session ends and the supervisor reconnects.</summary>
public sealed class CameraStreamEndedException : Exception
{
    public CameraStreamEndedException()
    {
    }

    public CameraStreamEndedException(string message)
        : base(message)
    {
    }

    public CameraStreamEndedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
