using Vms.Onvif.Soap;

namespace Vms.Onvif.Discovery;

/// <summary>A datagram is not a WS-Discovery message we understand.</summary>
public sealed class DiscoveryFormatException : OnvifException
{
    public DiscoveryFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
