using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetProfileResponse</c></summary>
public sealed record GetProfileResponse(Profile Profile) : IOnvifMessage<GetProfileResponse>
{
    public static XName ElementName { get; } = Trt + "GetProfileResponse";

    public XElement ToXml() => new(ElementName,
        Profile.ToXml(Trt + "Profile"));

    public static GetProfileResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(Profile.FromXml(element.Req(Trt + "Profile")));
    }
}
