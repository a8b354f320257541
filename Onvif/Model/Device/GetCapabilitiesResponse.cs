using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetCapabilitiesResponse</c></summary>
public sealed record GetCapabilitiesResponse(Capabilities Capabilities) : IOnvifMessage<GetCapabilitiesResponse>
{
    public static XName ElementName { get; } = Tds + "GetCapabilitiesResponse";

    public XElement ToXml() => new(ElementName,
        Capabilities.ToXml(Tds + "Capabilities"));

    public static GetCapabilitiesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(Capabilities.FromXml(element.Req(Tds + "Capabilities")));
    }
}
