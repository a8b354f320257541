using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:PTZNode</c>: a physical PTZ mechanism: its spaces, preset capacity, home support and auxiliary commands.</summary>
public sealed record PtzNode
{
    public required string Token { get; init; }

    public bool? FixedHomePosition { get; init; }

    public bool? GeoMove { get; init; }

    public string? Name { get; init; }

    public required PtzSpaces SupportedPtzSpaces { get; init; }

    public int MaximumNumberOfPresets { get; init; }

    public bool HomeSupported { get; init; }

    public IReadOnlyList<string> AuxiliaryCommands { get; init; } = [];

    /// <summary><c>tt:Extension/tt:SupportedPresetTour/tt:MaximumNumberOfPresetTours</c>; null when not reported.</summary>
    public int? MaximumNumberOfPresetTours { get; init; }

    internal XElement ToXml(XName name) => new(name,
        TokenAttr("token", Token),
        OptAttr("FixedHomePosition", FixedHomePosition),
        OptAttr("GeoMove", GeoMove),
        Opt(Tt + "Name", Name),
        SupportedPtzSpaces.ToXml(Tt + "SupportedPTZSpaces"),
        Elem(Tt + "MaximumNumberOfPresets", MaximumNumberOfPresets),
        Elem(Tt + "HomeSupported", HomeSupported),
        Many(Tt + "AuxiliaryCommands", AuxiliaryCommands),
        MaximumNumberOfPresetTours is { } tours
            ? new XElement(Tt + "Extension", new XElement(Tt + "SupportedPresetTour", Elem(Tt + "MaximumNumberOfPresetTours", tours)))
            : null);

    internal static PtzNode FromXml(XElement element) => new()
    {
        Token = element.ReqAttrToken("token"),
        FixedHomePosition = element.AttrBool("FixedHomePosition"),
        GeoMove = element.AttrBool("GeoMove"),
        Name = element.OptString(Tt + "Name"),
        SupportedPtzSpaces = element.Opt(Tt + "SupportedPTZSpaces") is { } spaces ? PtzSpaces.FromXml(spaces) : new PtzSpaces(),
        MaximumNumberOfPresets = element.OptInt(Tt + "MaximumNumberOfPresets") ?? 0,
        HomeSupported = element.OptBool(Tt + "HomeSupported") ?? false,
        AuxiliaryCommands = element.ReadAllStrings(Tt + "AuxiliaryCommands"),
        MaximumNumberOfPresetTours = element.Opt(Tt + "Extension")?.Opt(Tt + "SupportedPresetTour")?.OptInt(Tt + "MaximumNumberOfPresetTours"),
    };
}
