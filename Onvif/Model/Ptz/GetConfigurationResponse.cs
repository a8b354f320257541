using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetConfigurationResponse</c></summary>
public sealed record GetConfigurationResponse(PtzConfiguration Configuration) : IOnvifMessage<GetConfigurationResponse>
{
    public static XName ElementName { get; } = Tptz + "GetConfigurationResponse";

    public XElement ToXml() => new(ElementName,
        Configuration.ToXml(Tptz + "PTZConfiguration"));

    public static GetConfigurationResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(PtzConfiguration.FromXml(element.Req(Tptz + "PTZConfiguration")));
    }
}
