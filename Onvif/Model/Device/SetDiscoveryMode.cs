using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetDiscoveryMode</c></summary>
public sealed record SetDiscoveryMode(DiscoveryMode DiscoveryMode) : IOnvifMessage<SetDiscoveryMode>
{
    public static XName ElementName { get; } = Tds + "SetDiscoveryMode";

    public XElement ToXml() => new(ElementName,
        EnumElem(Tds + "DiscoveryMode", DiscoveryMode));

    public static SetDiscoveryMode FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqEnum<DiscoveryMode>(Tds + "DiscoveryMode"));
    }
}
