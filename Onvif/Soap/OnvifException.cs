namespace Vms.Onvif.Soap;

/// <summary>The base of every error Vms.Onvif reports (faults, protocol violations, unreachable devices).</summary>
public class OnvifException : Exception
{
    public OnvifException(string message)
        : base(message)
    {
    }

    public OnvifException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
