namespace Vms.Onvif.Soap;

/// <summary>A fault carrying ter:NotAuthorized (wrong credentials, clock skew, replayed nonce, insufficient user level).</summary>
public sealed class OnvifNotAuthorizedException : OnvifFaultException
{
    public OnvifNotAuthorizedException(SoapFault fault)
        : base(fault)
    {
    }

    public override int HttpStatus => 400;
}
