using System.Xml.Linq;

namespace Vms.Onvif.Model.Common;

/// <summary>The code path of an ONVIF SOAP fault: <c>Code / Subcode [/ Subcode]</c>, e.g.
/// <c>env:Sender / ter:InvalidArgVal / ter:NoProfile</c>. The SOAP layer writes it as nested <c>s:Subcode</c>s.</summary>
/// <param name="Code"><c>env:Sender</c> or <c>env:Receiver</c> (or another SOAP 1.2 code).</param>
/// <param name="Subcode">The generic ONVIF subcode (<c>ter:InvalidArgVal</c>, <c>ter:Action</c>, ...), if any.</param>
/// <param name="Detail">The operation-specific second-level subcode (<c>ter:NoProfile</c>, ...), if any.</param>
public sealed record OnvifFault(XName Code, XName? Subcode = null, XName? Detail = null)
{
    /// <summary><c>env:Sender / ter:InvalidArgs</c>: missing argument or wrong data type.</summary>
    public static OnvifFault InvalidArgs { get; } = new(OnvifFaultCodes.Sender, OnvifFaultCodes.InvalidArgs);

    /// <summary><c>env:Sender / ter:TagMismatch</c>: the body element is not the expected one.</summary>
    public static OnvifFault TagMismatch { get; } = new(OnvifFaultCodes.Sender, OnvifFaultCodes.TagMismatch);

    /// <summary><c>env:Sender / ter:MissingAttr</c>.</summary>
    public static OnvifFault MissingAttr { get; } = new(OnvifFaultCodes.Sender, OnvifFaultCodes.MissingAttr);

    /// <summary><c>env:Sender / ter:NotAuthorized</c>.</summary>
    public static OnvifFault NotAuthorized { get; } = new(OnvifFaultCodes.Sender, OnvifFaultCodes.NotAuthorized);

    /// <summary><c>env:Receiver / ter:ActionNotSupported</c>: the answer for every optional operation we do not implement.</summary>
    public static OnvifFault ActionNotSupported { get; } = new(OnvifFaultCodes.Receiver, OnvifFaultCodes.ActionNotSupported);

    /// <summary><c>env:Sender / ter:InvalidArgVal [/ detail]</c>, e.g. <c>InvalidArgVal(OnvifFaultCodes.NoProfile)</c>.</summary>
    public static OnvifFault InvalidArgVal(XName? detail = null) =>
        new(OnvifFaultCodes.Sender, OnvifFaultCodes.InvalidArgVal, detail);

    /// <summary><c>env:Receiver / ter:Action / detail</c>, e.g. <c>ActionFailed(OnvifFaultCodes.TooManyPresets)</c>.</summary>
    public static OnvifFault ActionFailed(XName? detail = null) =>
        new(OnvifFaultCodes.Receiver, OnvifFaultCodes.Action, detail);

    /// <summary><c>env:Sender / ter:OperationProhibited / detail</c>, e.g. <c>OperationProhibited(OnvifFaultCodes.UsernameClash)</c>.</summary>
    public static OnvifFault OperationProhibited(XName? detail = null) =>
        new(OnvifFaultCodes.Sender, OnvifFaultCodes.OperationProhibited, detail);

    /// <summary>The codes from outermost to innermost, nulls left out.</summary>
    public IReadOnlyList<XName> Path =>
        new[] { Code, Subcode, Detail }.OfType<XName>().ToArray();

    public override string ToString() => string.Join(" / ", Path.Select(n => n.LocalName));
}
