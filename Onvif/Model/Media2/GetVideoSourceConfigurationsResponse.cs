using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetVideoSourceConfigurationsResponse</c></summary>
public sealed record GetVideoSourceConfigurationsResponse(IReadOnlyList<VideoSourceConfiguration> Configurations) : IOnvifMessage<GetVideoSourceConfigurationsResponse>
{
    public static XName ElementName { get; } = Tr2 + "GetVideoSourceConfigurationsResponse";

    public XElement ToXml() => new(ElementName,
        Configurations.Select(c => c.ToXml(Tr2 + "Configurations")));

    public static GetVideoSourceConfigurationsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tr2 + "Configurations", VideoSourceConfiguration.FromXml));
    }
}
