using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>The device could not be reached (connection refused, DNS, reset) or did not answer in time.</summary>
public sealed class OnvifUnreachableException : OnvifException
{
    public OnvifUnreachableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
