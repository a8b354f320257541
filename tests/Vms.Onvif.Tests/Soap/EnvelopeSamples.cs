using System.Text;
using System.Xml.Linq;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Soap;

/// <summary>Wraps the shared ONVIF sample bodies into envelopes written in several styles.</summary>
internal static class EnvelopeSamples
{
    public const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";
    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";

    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Path.Combine(Fixtures.SharedOnvif(), "samples"), "*.xml").Select(Path.GetFileName).Order()!;

    public static string Body(string name) => Fixtures.OnvifSample(name).Trim();

    /// <summary>Style 0: s: prefix; 1: env: prefix, redundant declarations, whitespace, header; 2: default
    /// namespace envelope; 3: SOAP 1.1 with SOAP-ENV: prefix and an XML declaration.</summary>
    public static string Wrap(string body, int style) => style switch
    {
        0 => $"<s:Envelope xmlns:s=\"{Soap12}\"><s:Body>{body}</s:Body></s:Envelope>",
        1 => $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<env:Envelope xmlns:env=\"{Soap12}\" xmlns:ter=\"http://www.onvif.org/ver10/error\">\n  " +
             $"<env:Header xmlns:env=\"{Soap12}\">\n    <x:Trace xmlns:x=\"urn:test\">1</x:Trace>\n  </env:Header>\n  " +
             $"<env:Body xmlns:env=\"{Soap12}\" xmlns:tt=\"http://www.onvif.org/ver10/schema\">\n    {body}\n  </env:Body>\n</env:Envelope>\n",
        2 => $"<Envelope xmlns=\"{Soap12}\"><Body>{body}</Body></Envelope>",
        3 => $"<?xml version=\"1.0\" encoding=\"utf-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\"{Soap11}\"><SOAP-ENV:Body>{body}</SOAP-ENV:Body></SOAP-ENV:Envelope>",
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);

    /// <summary>A prefix-independent rendering of an element: names, non-namespace attributes, trimmed text.</summary>
    public static string Canonical(XElement e)
    {
        var sb = new StringBuilder();
        Append(sb, e);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, XElement e)
    {
        sb.Append('<').Append(e.Name);
        foreach (var a in e.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal))
        {
            sb.Append(' ').Append(a.Name).Append("=\"").Append(a.Value).Append('"');
        }

        sb.Append('>');
        if (!e.HasElements)
        {
            sb.Append(e.Value.Trim());
        }

        foreach (var c in e.Elements())
        {
            Append(sb, c);
        }

        sb.Append("</>");
    }
}
