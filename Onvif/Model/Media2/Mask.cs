using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:Mask</c>: a privacy mask on a video source configuration. Written in schema order:
/// ConfigurationToken, Polygon (tt:Point x/y), Type, Color, Enabled. CreateMask ignores the token.</summary>
/// <remarks>Reading requires at least 3 points (schema); range checks against [-1, 1] and the device's options are
/// <see cref="MaskPolygon.Validate"/>'s job (the device may also adapt polygons silently).</remarks>
public sealed record Mask
{
    public string? Token { get; init; }

    public required string ConfigurationToken { get; init; }

    public required IReadOnlyList<NormalizedPoint> Polygon { get; init; }

    public MaskType Type { get; init; }

    public Color? Color { get; init; }

    public bool Enabled { get; init; }

    internal XElement ToXml(XName name) => new(name,
        OptTokenAttr("token", Token),
        Token(Tr2 + "ConfigurationToken", ConfigurationToken),
        new XElement(Tr2 + "Polygon", Polygon.Select(p => new XElement(Tt + "Point", Attr("x", p.X), Attr("y", p.Y)))),
        EnumElem(Tr2 + "Type", Type),
        Color?.ToXml(Tr2 + "Color"),
        Elem(Tr2 + "Enabled", Enabled));

    internal static Mask FromXml(XElement element)
    {
        var points = element.Req(Tr2 + "Polygon").ReadAll(Tt + "Point", p => new NormalizedPoint(p.ReqAttrFloat("x"), p.ReqAttrFloat("y")));
        if (points.Count < MaskPolygon.MinPoints)
        {
            MaskPolygon.Validate(points);
        }

        return new()
        {
            Token = element.AttrToken("token"),
            ConfigurationToken = element.ReqToken(Tr2 + "ConfigurationToken"),
            Polygon = points,
            Type = element.ReqEnum<MaskType>(Tr2 + "Type"),
            Color = element.Opt(Tr2 + "Color") is { } color ? Media2.Color.FromXml(color) : null,
            Enabled = element.OptBool(Tr2 + "Enabled") ?? true,
        };
    }
}
