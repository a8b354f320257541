using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetServiceCapabilitiesResponse</c></summary>
public sealed record GetServiceCapabilitiesResponse(DeviceServiceCapabilities Capabilities) : IOnvifMessage<GetServiceCapabilitiesResponse>
{
    public static XName ElementName { get; } = Tds + "GetServiceCapabilitiesResponse";

    public XElement ToXml() => new(ElementName,
        Capabilities.ToXml());

    public static GetServiceCapabilitiesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(DeviceServiceCapabilities.FromXml(element.Req(DeviceServiceCapabilities.ElementName)));
    }
}
