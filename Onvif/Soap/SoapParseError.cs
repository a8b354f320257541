namespace Vms.Onvif.Soap;

/// <summary>Why an envelope could not be read.</summary>
public enum SoapParseError
{
    /// <summary>Not well-formed XML (also: a DTD, which is prohibited, or a truncated document).</summary>
    Malformed,

    /// <summary>The message is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>Elements are nested deeper than the configured limit.</summary>
    TooDeep,

    /// <summary>The root element is not an <c>Envelope</c>.</summary>
    NotAnEnvelope,

    /// <summary>The root is an <c>Envelope</c> in a namespace that is neither SOAP 1.1 nor 1.2.</summary>
    VersionMismatch,

    /// <summary>The envelope has no <c>Body</c>.</summary>
    MissingBody,
}
