using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Imaging;

/// <summary><c>tt:FocusMove</c>: one of absolute (position, speed), relative (distance, speed) or continuous (speed).
/// Note imaging commands take video <b>source</b> tokens, not profile tokens.</summary>
public sealed record FocusMove
{
    public float? AbsolutePosition { get; init; }

    public float? AbsoluteSpeed { get; init; }

    public float? RelativeDistance { get; init; }

    public float? RelativeSpeed { get; init; }

    public float? ContinuousSpeed { get; init; }

    internal XElement ToXml(XName name) => new(name,
        AbsolutePosition is { } position ? new XElement(Tt + "Absolute", Elem(Tt + "Position", position), Opt(Tt + "Speed", AbsoluteSpeed)) : null,
        RelativeDistance is { } distance ? new XElement(Tt + "Relative", Elem(Tt + "Distance", distance), Opt(Tt + "Speed", RelativeSpeed)) : null,
        ContinuousSpeed is { } speed ? new XElement(Tt + "Continuous", Elem(Tt + "Speed", speed)) : null);

    internal static FocusMove FromXml(XElement element)
    {
        var absolute = element.Opt(Tt + "Absolute");
        var relative = element.Opt(Tt + "Relative");
        return new()
        {
            AbsolutePosition = absolute?.ReqFloat(Tt + "Position"),
            AbsoluteSpeed = absolute?.OptFloat(Tt + "Speed"),
            RelativeDistance = relative?.ReqFloat(Tt + "Distance"),
            RelativeSpeed = relative?.OptFloat(Tt + "Speed"),
            ContinuousSpeed = element.Opt(Tt + "Continuous")?.ReqFloat(Tt + "Speed"),
        };
    }
}
