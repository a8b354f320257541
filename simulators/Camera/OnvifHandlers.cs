using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Server;
using Vms.Onvif.Soap;

namespace Vms.Simulators.Camera;

/// <summary>Registers typed handlers: the request is read with its model reader, the response written with its
/// model writer, and a model fault (<see cref="OnvifMessageException"/>) becomes the SOAP fault it names.</summary>
internal static class OnvifHandlers
{
    public static void Add<TRequest>(SoapDispatcher dispatcher, OnvifAccessClass access, Func<TRequest, SoapRequestContext, XElement> handler)
        where TRequest : IOnvifMessage<TRequest> =>
        dispatcher.Register(TRequest.ElementName, access, context =>
        {
            try
            {
                return ValueTask.FromResult(handler(TRequest.FromXml(context.Body), context));
            }
            catch (OnvifMessageException ex)
            {
                throw ToFault(ex);
            }
        });

    public static void AddAsync<TRequest>(SoapDispatcher dispatcher, OnvifAccessClass access, Func<TRequest, SoapRequestContext, Task<XElement>> handler)
        where TRequest : IOnvifMessage<TRequest> =>
        dispatcher.Register(TRequest.ElementName, access, async context =>
        {
            try
            {
                return await handler(TRequest.FromXml(context.Body), context).ConfigureAwait(false);
            }
            catch (OnvifMessageException ex)
            {
                throw ToFault(ex);
            }
        });

    /// <summary>A fault of the operation (<c>throw Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoProfile), "...")</c>).</summary>
    public static OnvifMessageException Fault(OnvifFault fault, string message) => new(fault, message);

    public static OnvifFaultException ToFault(OnvifMessageException ex)
    {
        var code = ex.Fault.Code.LocalName switch
        {
            "Receiver" => SoapFaultCode.Receiver,
            "VersionMismatch" => SoapFaultCode.VersionMismatch,
            "MustUnderstand" => SoapFaultCode.MustUnderstand,
            "DataEncodingUnknown" => SoapFaultCode.DataEncodingUnknown,
            _ => SoapFaultCode.Sender,
        };
        XName[] subcodes = [.. new[] { ex.Fault.Subcode, ex.Fault.Detail }.OfType<XName>()];
        return new OnvifFaultException(new SoapFault(code, subcodes, ex.Message));
    }
}
