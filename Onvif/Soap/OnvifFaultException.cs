using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>
/// A SOAP fault as an exception. Server handlers throw it (the dispatcher writes the fault); the client throws it
/// (or a typed subclass, see <see cref="FromFault"/>) when a device answers with a fault.
/// </summary>
public class OnvifFaultException : OnvifException
{
    public OnvifFaultException(SoapFault fault)
        : base(fault.ToString()) => Fault = fault;

    public OnvifFaultException(SoapFaultCode code, string reason, params XName[] subcodes)
        : this(new SoapFault(code, subcodes, reason))
    {
    }

    public SoapFault Fault { get; }

    public SoapFaultCode Code => Fault.Code;

    public IReadOnlyList<XName> Subcodes => Fault.Subcodes;

    public string Reason => Fault.Reason;

    /// <summary>The HTTP status a server answers this fault with (500, or 400 for NotAuthorized and malformed input).</summary>
    public virtual int HttpStatus => Fault.HasSubcode(OnvifErrorCodes.WellFormed) ? 400 : 500;

    /// <summary>The most specific exception type for a received fault.</summary>
    public static OnvifFaultException FromFault(SoapFault fault)
    {
        if (fault.HasSubcode(OnvifErrorCodes.NotAuthorized))
        {
            return new OnvifNotAuthorizedException(fault);
        }

        if (fault.HasSubcode(OnvifErrorCodes.ActionNotSupported) || fault.HasSubcode(OnvifErrorCodes.UnknownAction))
        {
            return new OnvifActionNotSupportedException(fault);
        }

        if (fault.HasSubcode(OnvifErrorCodes.InvalidArgVal) || fault.HasSubcode(OnvifErrorCodes.InvalidArgs))
        {
            return new OnvifInvalidArgumentException(fault);
        }

        if (fault.HasSubcode(OnvifErrorCodes.OperationProhibited))
        {
            return new OnvifOperationProhibitedException(fault);
        }

        return new OnvifFaultException(fault);
    }

    /// <summary><c>env:Sender / ter:InvalidArgVal / specific</c>, the usual "no such token" answer.</summary>
    public static OnvifInvalidArgumentException InvalidArgVal(XName specific, string reason) =>
        new(SoapFault.Sender(reason, OnvifErrorCodes.InvalidArgVal, specific));

    /// <summary><c>env:Receiver / ter:ActionNotSupported [/ specific]</c>.</summary>
    public static OnvifActionNotSupportedException ActionNotSupported(string reason, XName? specific = null) =>
        new(specific is null
            ? SoapFault.Receiver(reason, OnvifErrorCodes.ActionNotSupported)
            : SoapFault.Receiver(reason, OnvifErrorCodes.ActionNotSupported, specific));

    /// <summary><c>env:Sender / ter:OperationProhibited / specific</c>.</summary>
    public static OnvifOperationProhibitedException OperationProhibited(XName specific, string reason) =>
        new(SoapFault.Sender(reason, OnvifErrorCodes.OperationProhibited, specific));

    /// <summary><c>env:Sender / ter:NotAuthorized</c>.</summary>
    public static OnvifNotAuthorizedException NotAuthorized(string reason) =>
        new(SoapFault.Sender(reason, OnvifErrorCodes.NotAuthorized));
}
