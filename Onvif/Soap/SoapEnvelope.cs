using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>
/// A parsed envelope. Header blocks and the body element stay attached to their envelope so QNames in text
/// (<c>ter:NoProfile</c>, <c>dn:NetworkVideoTransmitter</c>) resolve through every in-scope declaration.
/// </summary>
public sealed class SoapEnvelope
{
    public SoapEnvelope(SoapVersion version, IReadOnlyList<XElement> headers, XElement? body, SoapFault? fault)
    {
        Version = version;
        Headers = headers;
        Body = body;
        Fault = fault;
    }

    public SoapVersion Version { get; }

    /// <summary>The header blocks (children of <c>Header</c>), in document order.</summary>
    public IReadOnlyList<XElement> Headers { get; }

    /// <summary>The first element of the <c>Body</c> (the operation, its response, or the <c>Fault</c>); null when empty.</summary>
    public XElement? Body { get; }

    /// <summary>The fault when the body is a <c>Fault</c> of either SOAP version.</summary>
    public SoapFault? Fault { get; }

    /// <summary>The envelope namespace of <see cref="Version"/>.</summary>
    public XNamespace EnvelopeNamespace => Version == SoapVersion.Soap12 ? OnvifNamespaces.Soap12 : OnvifNamespaces.Soap11;

    /// <summary>The first header block with this name, or null.</summary>
    public XElement? Header(XName name)
    {
        foreach (var h in Headers)
        {
            if (h.Name == name)
            {
                return h;
            }
        }

        return null;
    }
}
