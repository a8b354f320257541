namespace Vms.Host.Cameras.Adoption;

/// <summary>A device could not be adopted: unreachable, every credential refused, not ONVIF, or no video profile.</summary>
public sealed class CameraAdoptionException : Exception
{
    public CameraAdoptionException()
    {
    }

    public CameraAdoptionException(string message)
        : base(message)
    {
    }

    public CameraAdoptionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
