using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetDiscoveryModeResponse</c></summary>
public sealed record GetDiscoveryModeResponse(DiscoveryMode DiscoveryMode) : IOnvifMessage<GetDiscoveryModeResponse>
{
    public static XName ElementName { get; } = Tds + "GetDiscoveryModeResponse";

    public XElement ToXml() => new(ElementName,
        EnumElem(Tds + "DiscoveryMode", DiscoveryMode));

    public static GetDiscoveryModeResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqEnum<DiscoveryMode>(Tds + "DiscoveryMode"));
    }
}
