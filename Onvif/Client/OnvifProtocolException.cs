using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>The device answered, but not with SOAP (an HTML error page, a 404, an empty 500, a non-envelope).</summary>
public sealed class OnvifProtocolException : OnvifException
{
    public OnvifProtocolException(string message, int? httpStatus = null, Exception? innerException = null)
        : base(message, innerException) => HttpStatus = httpStatus;

    public int? HttpStatus { get; }
}
