using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetServiceCapabilitiesResponse</c></summary>
public sealed record GetServiceCapabilitiesResponse(Media2ServiceCapabilities Capabilities) : IOnvifMessage<GetServiceCapabilitiesResponse>
{
    public static XName ElementName { get; } = Tr2 + "GetServiceCapabilitiesResponse";

    public XElement ToXml() => new(ElementName,
        Capabilities.ToXml());

    public static GetServiceCapabilitiesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(Media2ServiceCapabilities.FromXml(element.Req(Media2ServiceCapabilities.ElementName)));
    }
}
