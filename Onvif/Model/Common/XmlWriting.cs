using System.Xml.Linq;

namespace Vms.Onvif.Model.Common;

/// <summary>Element and attribute builders for writers. The <c>Opt</c> forms return null for a null value, which
/// <see cref="XElement"/> constructors skip, so optional parts simply disappear.</summary>
internal static class XmlWriting
{
    internal static XElement Elem(XName name, string value) => new(name, value);

    internal static XElement Elem(XName name, int value) => new(name, XmlText.Format(value));

    internal static XElement Elem(XName name, float value) => new(name, XmlText.Format(value));

    internal static XElement Elem(XName name, bool value) => new(name, XmlText.Format(value));

    internal static XElement Elem(XName name, TimeSpan value) => new(name, XmlText.Format(value));

    internal static XElement Elem(XName name, DateTimeOffset value) => new(name, XmlText.Format(value));

    internal static XElement EnumElem<T>(XName name, T value)
        where T : struct, System.Enum => new(name, XmlText.Format(value));

    internal static XElement? Opt(XName name, string? value) => value is null ? null : new(name, value);

    internal static XElement? Opt(XName name, int? value) => value is { } v ? Elem(name, v) : null;

    internal static XElement? Opt(XName name, float? value) => value is { } v ? Elem(name, v) : null;

    internal static XElement? Opt(XName name, bool? value) => value is { } v ? Elem(name, v) : null;

    internal static XElement? Opt(XName name, TimeSpan? value) => value is { } v ? Elem(name, v) : null;

    internal static XElement? Opt(XName name, DateTimeOffset? value) => value is { } v ? Elem(name, v) : null;

    internal static XElement? OptEnum<T>(XName name, T? value)
        where T : struct, System.Enum => value is { } v ? EnumElem(name, v) : null;

    /// <summary>A <c>tt:ReferenceToken</c> element; refuses tokens the schema would reject.</summary>
    internal static XElement Token(XName name, string token) => new(name, CheckToken(token, name.LocalName));

    internal static XElement? OptToken(XName name, string? token) => token is null ? null : Token(name, token);

    internal static IEnumerable<XElement> Many(XName name, IEnumerable<string> values) => values.Select(v => new XElement(name, v));

    internal static IEnumerable<XElement> Tokens(XName name, IEnumerable<string> values) => values.Select(v => Token(name, v));

    internal static XAttribute TokenAttr(string name, string token) => new(name, CheckToken(token, name));

    internal static XAttribute? OptTokenAttr(string name, string? token) => token is null ? null : TokenAttr(name, token);

    internal static XAttribute Attr(string name, float value) => new(name, XmlText.Format(value));

    internal static XAttribute Attr(string name, int value) => new(name, XmlText.Format(value));

    internal static XAttribute Attr(string name, bool value) => new(name, XmlText.Format(value));

    internal static XAttribute? OptAttr(string name, string? value) => value is null ? null : new(name, value);

    internal static XAttribute? OptAttr(string name, int? value) => value is { } v ? Attr(name, v) : null;

    internal static XAttribute? OptAttr(string name, float? value) => value is { } v ? Attr(name, v) : null;

    internal static XAttribute? OptAttr(string name, bool? value) => value is { } v ? Attr(name, v) : null;

    /// <summary>A whitespace-separated list attribute; null or empty lists are left out.</summary>
    internal static XAttribute? OptListAttr(string name, IEnumerable<string>? values) =>
        values is null || !values.Any() ? null : new(name, string.Join(' ', values));

    internal static XAttribute? OptListAttr(string name, IEnumerable<int>? values) =>
        OptListAttr(name, values?.Select(XmlText.Format));

    internal static XAttribute? OptListAttr(string name, IEnumerable<float>? values) =>
        OptListAttr(name, values?.Select(XmlText.Format));

    private static string CheckToken(string token, string where)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Length is > 0 and <= XmlReading.MaxTokenLength
            ? token
            : throw new ArgumentException($"{where}: a token must have 1 to {XmlReading.MaxTokenLength} characters, got {token.Length}", nameof(token));
    }
}
