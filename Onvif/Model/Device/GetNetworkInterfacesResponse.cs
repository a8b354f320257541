using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetNetworkInterfacesResponse</c></summary>
public sealed record GetNetworkInterfacesResponse(IReadOnlyList<NetworkInterface> NetworkInterfaces) : IOnvifMessage<GetNetworkInterfacesResponse>
{
    public static XName ElementName { get; } = Tds + "GetNetworkInterfacesResponse";

    public XElement ToXml() => new(ElementName,
        NetworkInterfaces.Select(n => n.ToXml(Tds + "NetworkInterfaces")));

    public static GetNetworkInterfacesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tds + "NetworkInterfaces", NetworkInterface.FromXml));
    }
}
