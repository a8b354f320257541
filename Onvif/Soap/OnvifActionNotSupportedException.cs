namespace Vms.Onvif.Soap;

/// <summary>A fault carrying ter:ActionNotSupported or ter:UnknownAction (the device does not implement the operation).</summary>
public sealed class OnvifActionNotSupportedException : OnvifFaultException
{
    public OnvifActionNotSupportedException(SoapFault fault)
        : base(fault)
    {
    }
}
