using System.Xml;
using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>Fault bodies for both SOAP versions.</summary>
public static partial class SoapEnvelopeWriter
{
    private static void WriteFault12(XmlWriter writer, string env, SoapFault fault)
    {
        writer.WriteStartElement(EnvelopePrefix, "Fault", env);
        writer.WriteStartElement(EnvelopePrefix, "Code", env);
        WriteQNameElement(writer, env, "Value", CodeName12(fault));
        foreach (var sub in fault.Subcodes)
        {
            writer.WriteStartElement(EnvelopePrefix, "Subcode", env);
            WriteQNameElement(writer, env, "Value", sub);
        }

        foreach (var _ in fault.Subcodes)
        {
            writer.WriteEndElement(); // Subcode
        }

        writer.WriteEndElement(); // Code
        writer.WriteStartElement(EnvelopePrefix, "Reason", env);
        writer.WriteStartElement(EnvelopePrefix, "Text", env);
        writer.WriteAttributeString("xml", "lang", null, fault.ReasonLanguage ?? "en");
        writer.WriteString(fault.Reason);
        writer.WriteEndElement();
        writer.WriteEndElement(); // Reason
        if (fault.Detail is { } detail)
        {
            writer.WriteStartElement(EnvelopePrefix, "Detail", env);
            foreach (var node in detail.Nodes())
            {
                node.WriteTo(writer);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement(); // Fault
    }

    /// <summary>
    /// SOAP 1.1 has no subcode chain: <c>faultcode</c> carries the first (generic) ONVIF subcode when there is one,
    /// else the envelope code (<c>Client</c>/<c>Server</c>/...). Deeper subcodes cannot be expressed.
    /// </summary>
    private static void WriteFault11(XmlWriter writer, string env, SoapFault fault)
    {
        writer.WriteStartElement(EnvelopePrefix, "Fault", env);
        XName code = fault.Subcodes.Count > 0
            ? fault.Subcodes[0]
            : OnvifNamespaces.Soap11 + (fault.Code switch
            {
                SoapFaultCode.Sender => "Client",
                SoapFaultCode.Receiver => "Server",
                SoapFaultCode.VersionMismatch => "VersionMismatch",
                SoapFaultCode.MustUnderstand => "MustUnderstand",
                _ => "Server",
            });
        WriteQNameElement(writer, null, "faultcode", code);
        writer.WriteStartElement("faultstring");
        writer.WriteAttributeString("xml", "lang", null, fault.ReasonLanguage ?? "en");
        writer.WriteString(fault.Reason);
        writer.WriteEndElement();
        if (fault.Detail is { } detail)
        {
            writer.WriteStartElement("detail");
            foreach (var node in detail.Nodes())
            {
                node.WriteTo(writer);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static XName CodeName12(SoapFault fault) => fault.Code == SoapFaultCode.Unknown
        ? OnvifNamespaces.Soap12 + "Receiver"
        : OnvifNamespaces.Soap12 + fault.Code.ToString();

    /// <summary>Writes <c>&lt;Value&gt;prefix:local&lt;/Value&gt;</c>, declaring a prefix on the element when none is in scope.</summary>
    private static void WriteQNameElement(XmlWriter writer, string? env, string localName, XName value)
    {
        if (env is null)
        {
            writer.WriteStartElement(localName);
        }
        else
        {
            writer.WriteStartElement(EnvelopePrefix, localName, env);
        }

        var ns = value.NamespaceName;
        if (ns.Length == 0)
        {
            writer.WriteString(value.LocalName);
        }
        else
        {
            var prefix = writer.LookupPrefix(ns);
            if (string.IsNullOrEmpty(prefix))
            {
                prefix = "q";
                writer.WriteAttributeString("xmlns", prefix, null, ns);
            }

            writer.WriteString(prefix + ":" + value.LocalName);
        }

        writer.WriteEndElement();
    }
}
