namespace Vms.Onvif.Soap;

/// <summary>The SOAP envelope version of a message.</summary>
public enum SoapVersion
{
    /// <summary>SOAP 1.2 (<c>application/soap+xml</c>), what ONVIF specifies.</summary>
    Soap12,

    /// <summary>SOAP 1.1 (<c>text/xml</c> + <c>SOAPAction</c>), still spoken by some old cameras and clients.</summary>
    Soap11,
}
