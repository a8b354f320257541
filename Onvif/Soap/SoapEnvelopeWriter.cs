using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>
/// Writes envelopes with <see cref="XmlWriter"/>: UTF-8 without BOM, the envelope prefix <c>s</c>, and the ONVIF
/// prefixes declared once on the Envelope so QNames in text (<c>ter:NoProfile</c>, <c>tns1:...</c>) resolve.
/// </summary>
public static partial class SoapEnvelopeWriter
{
    private const string EnvelopePrefix = "s";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        OmitXmlDeclaration = false,
        CloseOutput = false,
    };

    /// <summary>The prefixes declared by default: every ONVIF service and WS-* namespace of <see cref="OnvifNamespaces.WellKnownPrefixes"/>.</summary>
    public static IReadOnlyList<(string Prefix, XNamespace Namespace)> OnvifPrefixes { get; } =
        [.. OnvifNamespaces.WellKnownPrefixes.Where(p => p.Namespace != OnvifNamespaces.Soap12)];

    /// <summary>Writes an envelope holding <paramref name="body"/> (null: empty Body) and optional header blocks.</summary>
    public static byte[] Write(
        SoapVersion version,
        XElement? body,
        IEnumerable<XElement>? headers = null,
        IReadOnlyList<(string Prefix, XNamespace Namespace)>? prefixes = null)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            WriteStart(writer, version, headers, prefixes);
            body?.WriteTo(writer);
            WriteEnd(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Writes a fault envelope in the form of <paramref name="version"/>.</summary>
    public static byte[] WriteFault(
        SoapVersion version,
        SoapFault fault,
        IEnumerable<XElement>? headers = null,
        IReadOnlyList<(string Prefix, XNamespace Namespace)>? prefixes = null)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            var env = WriteStart(writer, version, headers, prefixes);
            if (version == SoapVersion.Soap12)
            {
                WriteFault12(writer, env, fault);
            }
            else
            {
                WriteFault11(writer, env, fault);
            }

            WriteEnd(writer);
        }

        return stream.ToArray();
    }

    private static string WriteStart(XmlWriter writer, SoapVersion version, IEnumerable<XElement>? headers, IReadOnlyList<(string Prefix, XNamespace Namespace)>? prefixes)
    {
        var env = version == SoapVersion.Soap12 ? OnvifNamespaces.Soap12.NamespaceName : OnvifNamespaces.Soap11.NamespaceName;
        writer.WriteStartDocument();
        writer.WriteStartElement(EnvelopePrefix, "Envelope", env);
        foreach (var (prefix, ns) in prefixes ?? OnvifPrefixes)
        {
            if (prefix != EnvelopePrefix)
            {
                writer.WriteAttributeString("xmlns", prefix, null, ns.NamespaceName);
            }
        }

        var headerList = headers?.ToList();
        if (headerList is { Count: > 0 })
        {
            writer.WriteStartElement(EnvelopePrefix, "Header", env);
            foreach (var h in headerList)
            {
                h.WriteTo(writer);
            }

            writer.WriteEndElement();
        }

        writer.WriteStartElement(EnvelopePrefix, "Body", env);
        return env;
    }

    private static void WriteEnd(XmlWriter writer)
    {
        writer.WriteEndElement(); // Body
        writer.WriteEndElement(); // Envelope
        writer.WriteEndDocument();
    }
}
