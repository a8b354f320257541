using System.Xml.Linq;

namespace Vms.Onvif.Model.Common;

/// <summary>Tolerant reading helpers: children found by namespace + local name in any order, values trimmed,
/// unknown elements ignored, missing optional parts give null. Failures throw <see cref="OnvifMessageException"/>.</summary>
internal static partial class XmlReading
{
    /// <summary>Most repetitions of one element read under one parent (profiles, presets, users, ...).</summary>
    internal const int MaxItems = 4096;

    /// <summary>Longest <c>tt:ReferenceToken</c> (and <c>tt:Name</c>).</summary>
    internal const int MaxTokenLength = 64;

    internal static void ExpectName(this XElement element, XName expected)
    {
        if (element.Name != expected)
        {
            throw OnvifMessageException.WrongElement(expected, element.Name);
        }
    }

    internal static XElement Req(this XElement parent, XName name) =>
        parent.Element(name) ?? throw OnvifMessageException.MissingElement(parent, name);

    internal static XElement? Opt(this XElement parent, XName name) => parent.Element(name);

    /// <summary>The first child named <paramref name="localName"/> in any of <paramref name="namespaces"/> (first
    /// namespace preferred), for elements peers put in the wrong namespace.</summary>
    internal static XElement? OptIn(this XElement parent, string localName, params XNamespace[] namespaces) =>
        namespaces.Select(ns => parent.Element(ns + localName)).FirstOrDefault(e => e is not null);

    internal static XElement ReqIn(this XElement parent, string localName, params XNamespace[] namespaces) =>
        parent.OptIn(localName, namespaces) ?? throw OnvifMessageException.MissingElement(parent, namespaces[0] + localName);

    /// <summary>Every child named <paramref name="localName"/> in any of <paramref name="namespaces"/>.</summary>
    internal static List<T> ReadAllIn<T>(this XElement parent, string localName, XNamespace[] namespaces, Func<XElement, T> read, int min = 0)
    {
        var items = new List<T>();
        foreach (var child in parent.Elements().Where(e => e.Name.LocalName == localName && namespaces.Contains(e.Name.Namespace)))
        {
            if (items.Count == MaxItems)
            {
                throw new OnvifMessageException(OnvifFault.InvalidArgVal(), $"more than {MaxItems} {localName} in {parent.Name.LocalName}");
            }

            items.Add(read(child));
        }

        return items.Count >= min ? items : throw OnvifMessageException.MissingElement(parent, namespaces[0] + localName);
    }

    /// <summary>Reads every <paramref name="name"/> child (at least <paramref name="min"/>, at most <see cref="MaxItems"/>).</summary>
    internal static List<T> ReadAll<T>(this XElement parent, XName name, Func<XElement, T> read, int min = 0)
    {
        var items = new List<T>();
        foreach (var child in parent.Elements(name))
        {
            if (items.Count == MaxItems)
            {
                throw new OnvifMessageException(OnvifFault.InvalidArgVal(), $"more than {MaxItems} {name.LocalName} in {parent.Name.LocalName}", name);
            }

            items.Add(read(child));
        }

        if (items.Count < min)
        {
            throw items.Count == 0
                ? OnvifMessageException.MissingElement(parent, name)
                : new OnvifMessageException(OnvifFault.InvalidArgVal(), $"{parent.Name.LocalName} needs at least {min} {name.LocalName}, got {items.Count}", name);
        }

        return items;
    }

    internal static List<string> ReadAllStrings(this XElement parent, XName name, int min = 0) =>
        parent.ReadAll(name, e => e.Text(), min);

    internal static List<string> ReadAllTokens(this XElement parent, XName name, int min = 0) =>
        parent.ReadAll(name, e => e.AsToken(), min);

    /// <summary>The element's text with XML whitespace trimmed (clients pretty-print values).</summary>
    internal static string Text(this XElement element) => element.Value.Trim(XmlText.Whitespace);

    internal static string ReqString(this XElement parent, XName name) => parent.Req(name).Text();

    internal static string? OptString(this XElement parent, XName name) => parent.Opt(name)?.Text();

    internal static int ReqInt(this XElement parent, XName name) => parent.Req(name).AsInt();

    internal static int? OptInt(this XElement parent, XName name) => parent.Opt(name)?.AsInt();

    internal static float ReqFloat(this XElement parent, XName name) => parent.Req(name).AsFloat();

    internal static float? OptFloat(this XElement parent, XName name) => parent.Opt(name)?.AsFloat();

    internal static bool ReqBool(this XElement parent, XName name) => parent.Req(name).AsBool();

    internal static bool? OptBool(this XElement parent, XName name) => parent.Opt(name)?.AsBool();

    internal static TimeSpan ReqDuration(this XElement parent, XName name) => parent.Req(name).AsDuration();

    internal static TimeSpan? OptDuration(this XElement parent, XName name) => parent.Opt(name)?.AsDuration();

    internal static DateTimeOffset ReqDateTime(this XElement parent, XName name) => parent.Req(name).AsDateTime();

    internal static DateTimeOffset? OptDateTime(this XElement parent, XName name) => parent.Opt(name)?.AsDateTime();

    internal static string ReqToken(this XElement parent, XName name) => parent.Req(name).AsToken();

    internal static string? OptToken(this XElement parent, XName name) => parent.Opt(name)?.AsToken();

    internal static T ReqEnum<T>(this XElement parent, XName name)
        where T : struct, Enum => parent.Req(name).AsEnum<T>();

    internal static T? OptEnum<T>(this XElement parent, XName name)
        where T : struct, Enum => parent.Opt(name)?.AsEnum<T>();

    internal static int AsInt(this XElement element) => XmlText.ParseInt(element.Text(), element.Name.LocalName);

    internal static float AsFloat(this XElement element) => XmlText.ParseFloat(element.Text(), element.Name.LocalName);

    internal static bool AsBool(this XElement element) => XmlText.ParseBool(element.Text(), element.Name.LocalName);

    internal static TimeSpan AsDuration(this XElement element) => XmlText.ParseDuration(element.Text(), element.Name.LocalName);

    internal static DateTimeOffset AsDateTime(this XElement element) => XmlText.ParseDateTime(element.Text(), element.Name.LocalName);

    internal static string AsToken(this XElement element) => XmlText.CheckToken(element.Text(), element.Name.LocalName);

    internal static T AsEnum<T>(this XElement element)
        where T : struct, Enum => XmlText.ParseEnum<T>(element.Text(), element.Name.LocalName);

    /// <summary>An enumeration whose unknown values are a specific fault (<c>ter:InvalidArgVal / detail</c>).</summary>
    internal static T AsEnum<T>(this XElement element, XName detail)
        where T : struct, Enum =>
        XmlEnumText<T>.TryParse(element.Text(), out var value)
            ? value
            : throw OnvifMessageException.InvalidValue(element.Name.LocalName, "one of " + string.Join("|", XmlEnumText<T>.AllTexts), element.Text(), detail);
}
