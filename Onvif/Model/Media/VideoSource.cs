using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:VideoSource</c>: a physical input: frame rate and resolution (imaging settings not modelled).</summary>
public sealed record VideoSource(string Token, float Framerate, VideoResolution Resolution)
{
    internal XElement ToXml(XName name) => new(name,
        TokenAttr("token", Token),
        Elem(Tt + "Framerate", Framerate),
        Resolution.ToXml(Tt + "Resolution"));

    internal static VideoSource FromXml(XElement element) => new(
        element.ReqAttrToken("token"),
        element.ReqFloat(Tt + "Framerate"),
        VideoResolution.FromXml(element.Req(Tt + "Resolution")));
}
