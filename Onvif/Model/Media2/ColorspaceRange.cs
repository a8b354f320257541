using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tt:ColorspaceRange</c>: allowed component ranges in one colorspace.</summary>
public sealed record ColorspaceRange(FloatRange X, FloatRange Y, FloatRange Z, string Colorspace)
{
    internal XElement ToXml(XName name) => new(name,
        X.ToXml(Tt + "X"), Y.ToXml(Tt + "Y"), Z.ToXml(Tt + "Z"), Elem(Tt + "Colorspace", Colorspace));

    internal static ColorspaceRange FromXml(XElement element) => new(
        FloatRange.FromXml(element.Req(Tt + "X")),
        FloatRange.FromXml(element.Req(Tt + "Y")),
        FloatRange.FromXml(element.Req(Tt + "Z")),
        element.ReqString(Tt + "Colorspace"));
}
