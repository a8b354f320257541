using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:Space1DDescription</c>: a zoom or speed coordinate space URI with its range.</summary>
public sealed record Space1DDescription(string Uri, FloatRange XRange)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "URI", Uri), XRange.ToXml(Tt + "XRange"));

    // The PTZ prose writes SpaceURI / Xrange; the schema says URI / XRange. Both are read.
    internal static Space1DDescription FromXml(XElement element) => new(
        (element.Opt(Tt + "URI") ?? element.Req(Tt + "SpaceURI")).Text(),
        FloatRange.FromXml(element.Opt(Tt + "XRange") ?? element.Req(Tt + "Xrange")));
}
