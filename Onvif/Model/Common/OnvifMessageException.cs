using System.Xml.Linq;

namespace Vms.Onvif.Model.Common;

/// <summary>A message body could not be read (missing or malformed required part) or a value breaks an ONVIF rule.
/// <see cref="Fault"/> is the SOAP fault a server answers with; a client reports it as a protocol error.</summary>
public sealed class OnvifMessageException : Exception
{
    public OnvifMessageException()
        : this(OnvifFault.InvalidArgs, "invalid ONVIF message")
    {
    }

    public OnvifMessageException(string message)
        : this(OnvifFault.InvalidArgs, message)
    {
    }

    public OnvifMessageException(string message, Exception innerException)
        : base(message, innerException) => Fault = OnvifFault.InvalidArgs;

    public OnvifMessageException(OnvifFault fault, string message, XName? element = null)
        : base(message)
    {
        Fault = fault;
        Element = element;
    }

    /// <summary>The fault code path to answer with.</summary>
    public OnvifFault Fault { get; }

    /// <summary>The element the problem was found in or about, when known.</summary>
    public XName? Element { get; }

    internal static OnvifMessageException MissingElement(XElement parent, XName child) =>
        new(OnvifFault.InvalidArgs, $"required element {child.LocalName} ({child.NamespaceName}) missing in {parent.Name.LocalName}", child);

    internal static OnvifMessageException MissingAttribute(XElement element, string attribute) =>
        new(OnvifFault.MissingAttr, $"required attribute {attribute} missing on {element.Name.LocalName}", element.Name);

    internal static OnvifMessageException InvalidValue(string where, string expected, string text, XName? detail = null) =>
        new(OnvifFault.InvalidArgVal(detail), $"{where}: expected {expected}, got '{Shorten(text)}'");

    internal static OnvifMessageException WrongElement(XName expected, XName actual) =>
        new(OnvifFault.TagMismatch, $"expected element {expected.LocalName} ({expected.NamespaceName}), got {actual.LocalName} ({actual.NamespaceName})", actual);

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
