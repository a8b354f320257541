namespace Vms.Onvif.Soap;

/// <summary>A fault carrying ter:OperationProhibited (the device refuses the operation in its current state).</summary>
public sealed class OnvifOperationProhibitedException : OnvifFaultException
{
    public OnvifOperationProhibitedException(SoapFault fault)
        : base(fault)
    {
    }
}
