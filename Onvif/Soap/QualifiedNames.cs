using System.Xml;
using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>Resolves QNames written in element text (<c>ter:NoProfile</c>) through the element's in-scope namespaces.</summary>
public static class QualifiedNames
{
    /// <summary>
    /// Resolves <paramref name="text"/> (trimmed) against <paramref name="context"/>. A prefix that is not declared
    /// yields the local name in no namespace (some cameras forget to declare <c>ter</c>); text that is not a QName
    /// yields null.
    /// </summary>
    public static XName? Resolve(XElement context, string text)
    {
        var value = text.Trim();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : value[..colon];
        var local = colon < 0 ? value : value[(colon + 1)..];
        if (!IsNcName(local) || (prefix.Length > 0 && !IsNcName(prefix)))
        {
            return null;
        }

        var ns = prefix.Length == 0 ? context.GetDefaultNamespace() : context.GetNamespaceOfPrefix(prefix);
        return (ns ?? XNamespace.None) + local;
    }

    /// <summary>Resolves a whitespace-separated list of QNames (WS-Discovery <c>Types</c>); unparseable items are skipped.</summary>
    public static IReadOnlyList<XName> ResolveList(XElement context, string text)
    {
        var result = new List<XName>();
        foreach (var item in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Resolve(context, item) is { } name && !result.Contains(name))
            {
                result.Add(name);
            }
        }

        return result;
    }

    internal static bool IsNcName(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        try
        {
            XmlConvert.VerifyNCName(s);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
