using System.Xml.Linq;

namespace Vms.Onvif.Model.Common;

/// <summary>Attribute readers. ONVIF attributes are unqualified; a qualified attribute with the same local name is
/// accepted too (seen on some cameras), namespace declarations never are.</summary>
internal static partial class XmlReading
{
    internal static string? Attr(this XElement element, string name)
    {
        var attribute = element.Attribute(name)
            ?? element.Attributes().FirstOrDefault(a => !a.IsNamespaceDeclaration && a.Name.LocalName == name);
        return attribute?.Value.Trim(XmlText.Whitespace);
    }

    internal static string ReqAttr(this XElement element, string name) =>
        element.Attr(name) ?? throw OnvifMessageException.MissingAttribute(element, name);

    internal static int? AttrInt(this XElement element, string name) =>
        element.Attr(name) is { } text ? XmlText.ParseInt(text, AttributeName(element, name)) : null;

    internal static float? AttrFloat(this XElement element, string name) =>
        element.Attr(name) is { } text ? XmlText.ParseFloat(text, AttributeName(element, name)) : null;

    internal static float ReqAttrFloat(this XElement element, string name) =>
        XmlText.ParseFloat(element.ReqAttr(name), AttributeName(element, name));

    internal static int ReqAttrInt(this XElement element, string name) =>
        XmlText.ParseInt(element.ReqAttr(name), AttributeName(element, name));

    internal static bool? AttrBool(this XElement element, string name) =>
        element.Attr(name) is { } text ? XmlText.ParseBool(text, AttributeName(element, name)) : null;

    internal static string? AttrToken(this XElement element, string name) =>
        element.Attr(name) is { } text ? XmlText.CheckToken(text, AttributeName(element, name)) : null;

    internal static string ReqAttrToken(this XElement element, string name) =>
        XmlText.CheckToken(element.ReqAttr(name), AttributeName(element, name));

    /// <summary>A whitespace-separated list attribute (<c>tt:IntList</c>, <c>tt:StringAttrList</c>, ...); absent gives null.</summary>
    internal static List<string>? AttrList(this XElement element, string name) =>
        element.Attr(name) is { } text ? XmlText.SplitList(text, AttributeName(element, name)) : null;

    internal static List<int>? AttrIntList(this XElement element, string name) =>
        element.AttrList(name)?.Select(t => XmlText.ParseInt(t, AttributeName(element, name))).ToList();

    internal static List<float>? AttrFloatList(this XElement element, string name) =>
        element.AttrList(name)?.Select(t => XmlText.ParseFloat(t, AttributeName(element, name))).ToList();

    private static string AttributeName(XElement element, string name) => element.Name.LocalName + "/@" + name;
}
