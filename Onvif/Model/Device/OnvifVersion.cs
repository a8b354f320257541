using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:OnvifVersion</c>: a specification version (Major.Minor, e.g. 21.12 or the older 2.60).</summary>
public sealed record OnvifVersion(int Major, int Minor)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "Major", Major), Elem(Tt + "Minor", Minor));

    internal static OnvifVersion FromXml(XElement element) => new(element.ReqInt(Tt + "Major"), element.ReqInt(Tt + "Minor"));
}
