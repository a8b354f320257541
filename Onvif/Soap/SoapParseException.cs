namespace Vms.Onvif.Soap;

/// <summary>An envelope could not be read; <see cref="Error"/> says why (the server maps it to a fault).</summary>
public sealed class SoapParseException : OnvifException
{
    public SoapParseException(SoapParseError error, string message, Exception? inner = null)
        : base(message, inner) => Error = error;

    public SoapParseError Error { get; }
}
