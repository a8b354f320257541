using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:Space2DDescription</c>: a pan/tilt coordinate space URI with its x and y ranges.</summary>
public sealed record Space2DDescription(string Uri, FloatRange XRange, FloatRange YRange)
{
    internal XElement ToXml(XName name) =>
        new(name, Elem(Tt + "URI", Uri), XRange.ToXml(Tt + "XRange"), YRange.ToXml(Tt + "YRange"));

    // The PTZ prose writes SpaceURI / Xrange / Yrange; the schema says URI / XRange / YRange. Both are read.
    internal static Space2DDescription FromXml(XElement element) => new(
        (element.Opt(Tt + "URI") ?? element.Req(Tt + "SpaceURI")).Text(),
        FloatRange.FromXml(element.Opt(Tt + "XRange") ?? element.Req(Tt + "Xrange")),
        FloatRange.FromXml(element.Opt(Tt + "YRange") ?? element.Req(Tt + "Yrange")));
}
