using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:GetServiceCapabilitiesResponse</c></summary>
public sealed record GetServiceCapabilitiesResponse(EventServiceCapabilities Capabilities) : IOnvifMessage<GetServiceCapabilitiesResponse>
{
    public static XName ElementName { get; } = Tev + "GetServiceCapabilitiesResponse";

    public XElement ToXml() => new(ElementName,
        Capabilities.ToXml());

    public static GetServiceCapabilitiesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(EventServiceCapabilities.FromXml(element.Req(EventServiceCapabilities.ElementName)));
    }
}
