namespace Vms.Onvif.Soap;

/// <summary>A fault carrying ter:InvalidArgVal or ter:InvalidArgs (a bad token or value; the next subcode says which).</summary>
public sealed class OnvifInvalidArgumentException : OnvifFaultException
{
    public OnvifInvalidArgumentException(SoapFault fault)
        : base(fault)
    {
    }
}
