using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetServiceCapabilitiesResponse</c></summary>
public sealed record GetServiceCapabilitiesResponse(PtzServiceCapabilities Capabilities) : IOnvifMessage<GetServiceCapabilitiesResponse>
{
    public static XName ElementName { get; } = Tptz + "GetServiceCapabilitiesResponse";

    public XElement ToXml() => new(ElementName,
        Capabilities.ToXml());

    public static GetServiceCapabilitiesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(PtzServiceCapabilities.FromXml(element.Req(PtzServiceCapabilities.ElementName)));
    }
}
