using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetConfigurationsResponse</c></summary>
public sealed record GetConfigurationsResponse(IReadOnlyList<PtzConfiguration> Configurations) : IOnvifMessage<GetConfigurationsResponse>
{
    public static XName ElementName { get; } = Tptz + "GetConfigurationsResponse";

    public XElement ToXml() => new(ElementName,
        Configurations.Select(c => c.ToXml(Tptz + "PTZConfiguration")));

    public static GetConfigurationsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tptz + "PTZConfiguration", PtzConfiguration.FromXml));
    }
}
