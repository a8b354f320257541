using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:H264Configuration</c>: GOP length and H.264 profile.</summary>
public sealed record H264Configuration(int GovLength, H264Profile Profile)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "GovLength", GovLength), EnumElem(Tt + "H264Profile", Profile));

    internal static H264Configuration FromXml(XElement element) =>
        new(element.ReqInt(Tt + "GovLength"), element.ReqEnum<H264Profile>(Tt + "H264Profile"));
}
