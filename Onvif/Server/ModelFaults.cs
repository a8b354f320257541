using Vms.Onvif.Model.Common;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Server;

/// <summary>Turns the message layer's <see cref="OnvifMessageException"/> (a request body that breaks the schema or an
/// operation rule) into the SOAP fault the dispatcher answers with.</summary>
internal static class ModelFaults
{
    public static SoapFault ToSoapFault(OnvifMessageException exception)
    {
        var fault = exception.Fault;
        var code = fault.Code.Namespace == OnvifNamespaces.Soap12 && Enum.TryParse<SoapFaultCode>(fault.Code.LocalName, out var parsed)
            ? parsed
            : SoapFaultCode.Receiver;
        return new SoapFault(code, [.. fault.Path.Skip(1)], exception.Message);
    }

    public static int HttpStatus(SoapFault fault) =>
        fault.HasSubcode(OnvifErrorCodes.NotAuthorized) || fault.HasSubcode(OnvifErrorCodes.WellFormed) ? 400 : 500;
}
