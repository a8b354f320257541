using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:MaskOptions</c>: how many masks and polygon points a video source configuration takes, the mask
/// types and colors allowed. RectangleOnly ⇒ exactly 4 points; SingleColorOnly ⇒ one color for all masks.</summary>
public sealed record MaskOptions
{
    public bool? RectangleOnly { get; init; }

    public bool? SingleColorOnly { get; init; }

    public int MaxMasks { get; init; }

    public int MaxPoints { get; init; }

    public required IReadOnlyList<MaskType> Types { get; init; }

    public required ColorOptions Color { get; init; }

    internal XElement ToXml(XName name) => new(name,
        OptAttr("RectangleOnly", RectangleOnly),
        OptAttr("SingleColorOnly", SingleColorOnly),
        Elem(Tr2 + "MaxMasks", MaxMasks),
        Elem(Tr2 + "MaxPoints", MaxPoints),
        Types.Select(t => EnumElem(Tr2 + "Types", t)),
        Color.ToXml(Tr2 + "Color"));

    internal static MaskOptions FromXml(XElement element) => new()
    {
        RectangleOnly = element.AttrBool("RectangleOnly"),
        SingleColorOnly = element.AttrBool("SingleColorOnly"),
        MaxMasks = element.ReqInt(Tr2 + "MaxMasks"),
        MaxPoints = element.ReqInt(Tr2 + "MaxPoints"),
        Types = element.ReadAll(Tr2 + "Types", e => e.AsEnum<MaskType>()),
        Color = element.Opt(Tr2 + "Color") is { } color ? ColorOptions.FromXml(color) : new ColorOptions([], []),
    };
}
