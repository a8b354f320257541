namespace Vms.Onvif.Soap;

/// <summary>The top-level fault code (SOAP 1.2 names; SOAP 1.1 <c>Client</c>/<c>Server</c> map to Sender/Receiver).</summary>
public enum SoapFaultCode
{
    /// <summary>A code this implementation does not know (kept raw in <see cref="SoapFault.CodeName"/>).</summary>
    Unknown,
    Sender,
    Receiver,
    VersionMismatch,
    MustUnderstand,
    DataEncodingUnknown,
}
