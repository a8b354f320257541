namespace Vms.Host.Cameras.Registry;

/// <summary>A camera setting is invalid; the message says which and why.</summary>
public sealed class CameraValidationException : Exception
{
    public CameraValidationException()
    {
    }

    public CameraValidationException(string message)
        : base(message)
    {
    }

    public CameraValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
