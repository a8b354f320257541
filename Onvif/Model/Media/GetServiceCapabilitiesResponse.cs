using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetServiceCapabilitiesResponse</c></summary>
public sealed record GetServiceCapabilitiesResponse(MediaServiceCapabilities Capabilities) : IOnvifMessage<GetServiceCapabilitiesResponse>
{
    public static XName ElementName { get; } = Trt + "GetServiceCapabilitiesResponse";

    public XElement ToXml() => new(ElementName,
        Capabilities.ToXml());

    public static GetServiceCapabilitiesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(MediaServiceCapabilities.FromXml(element.Req(MediaServiceCapabilities.ElementName)));
    }
}
