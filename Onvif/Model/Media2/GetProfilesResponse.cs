using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetProfilesResponse</c></summary>
public sealed record GetProfilesResponse(IReadOnlyList<MediaProfile> Profiles) : IOnvifMessage<GetProfilesResponse>
{
    public static XName ElementName { get; } = Tr2 + "GetProfilesResponse";

    public XElement ToXml() => new(ElementName,
        Profiles.Select(p => p.ToXml(Tr2 + "Profiles")));

    public static GetProfilesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tr2 + "Profiles", MediaProfile.FromXml));
    }
}
