using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetProfile</c>: one profile by token. Fault: ter:NoProfile.</summary>
public sealed record GetProfile(string ProfileToken) : IOnvifMessage<GetProfile>
{
    public static XName ElementName { get; } = Trt + "GetProfile";

    public XElement ToXml() => new(ElementName,
        Token(Trt + "ProfileToken", ProfileToken));

    public static GetProfile FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Trt + "ProfileToken"));
    }
}
