using System.Xml.Linq;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Common;

/// <summary><c>tt:VideoSourceConfiguration</c>: which video source a profile uses and the window (Bounds) taken from it.
/// Used by Media 1 profiles, Media2 profiles and as the reference of privacy masks.</summary>
public sealed record VideoSourceConfiguration
{
    public required string Token { get; init; }

    public required string Name { get; init; }

    public int UseCount { get; init; }

    /// <summary>The <c>tt:VideoSource</c> token.</summary>
    public required string SourceToken { get; init; }

    public required IntRectangle Bounds { get; init; }

    internal XElement ToXml(XName name) => new(name,
        TokenAttr("token", Token),
        Elem(Tt + "Name", Name),
        Elem(Tt + "UseCount", UseCount),
        Token(Tt + "SourceToken", SourceToken),
        Bounds.ToXml(Tt + "Bounds"));

    internal static VideoSourceConfiguration FromXml(XElement element) => new()
    {
        Token = element.ReqAttrToken("token"),
        Name = element.OptString(Tt + "Name") ?? string.Empty,
        UseCount = element.OptInt(Tt + "UseCount") ?? 0,
        SourceToken = element.ReqToken(Tt + "SourceToken"),
        Bounds = IntRectangle.FromXml(element.Req(Tt + "Bounds")),
    };
}
