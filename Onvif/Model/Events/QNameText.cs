using System.Xml;
using System.Xml.Linq;
using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Model.Events;

/// <summary>QNames inside text (<c>tns1:VideoSource</c>, <c>xs:boolean</c>): resolved through the in-scope namespace
/// declarations when read; written with a prefix declared on the element itself, so the text stays resolvable
/// wherever the element is copied.</summary>
internal static class QNameText
{
    private static readonly Dictionary<string, string> Preferred = new(StringComparer.Ordinal)
    {
        [OnvifNamespaces.Topics.NamespaceName] = "tns1",
        [OnvifNamespaces.Schema.NamespaceName] = "tt",
        ["http://www.w3.org/2001/XMLSchema"] = "xs",
    };

    /// <summary>Returns the prefix for <paramref name="ns"/> usable in <paramref name="element"/>'s text, declaring it there if needed.</summary>
    internal static string PrefixFor(XElement element, XNamespace ns)
    {
        var declared = element.Attributes().FirstOrDefault(a => a.IsNamespaceDeclaration && a.Value == ns.NamespaceName && a.Name.Namespace == XNamespace.Xmlns);
        if (declared is not null)
        {
            return declared.Name.LocalName;
        }

        var prefix = Preferred.GetValueOrDefault(ns.NamespaceName) ?? "ns";
        var candidate = prefix;
        for (var i = 1; element.Attribute(XNamespace.Xmlns + candidate) is not null; i++)
        {
            candidate = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        element.Add(new XAttribute(XNamespace.Xmlns + candidate, ns.NamespaceName));
        return candidate;
    }

    /// <summary>Resolves <c>prefix:local</c> against <paramref name="context"/>. The usual prefixes left undeclared (a
    /// common slip: <c>tns1</c>, <c>tt</c>, <c>xs</c>, <c>xsd</c>) are taken as their usual namespaces; another
    /// undeclared prefix is an error.</summary>
    internal static (XNamespace Namespace, string Local) Resolve(XElement context, string qname)
    {
        var colon = qname.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : qname[..colon];
        var local = qname[(colon + 1)..];
        if (!IsNcName(local) || (colon >= 0 && !IsNcName(prefix)))
        {
            throw OnvifMessageException.InvalidValue(context.Name.LocalName, "a QName", qname);
        }

        if (colon < 0)
        {
            return (context.GetDefaultNamespace(), local);
        }

        var ns = context.GetNamespaceOfPrefix(prefix)
            ?? WellKnown(prefix)
            ?? throw OnvifMessageException.InvalidValue(context.Name.LocalName, "a QName with a declared prefix", qname);
        return (ns, local);
    }

    private static bool IsNcName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static XNamespace? WellKnown(string prefix) => prefix switch
    {
        "tns1" => OnvifNamespaces.Topics,
        "tt" => OnvifNamespaces.Schema,
        "xs" or "xsd" => "http://www.w3.org/2001/XMLSchema",
        _ => null,
    };
}
