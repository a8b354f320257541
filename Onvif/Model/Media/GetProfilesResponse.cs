using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetProfilesResponse</c></summary>
public sealed record GetProfilesResponse(IReadOnlyList<Profile> Profiles) : IOnvifMessage<GetProfilesResponse>
{
    public static XName ElementName { get; } = Trt + "GetProfilesResponse";

    public XElement ToXml() => new(ElementName,
        Profiles.Select(p => p.ToXml(Trt + "Profiles")));

    public static GetProfilesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Trt + "Profiles", Profile.FromXml));
    }
}
