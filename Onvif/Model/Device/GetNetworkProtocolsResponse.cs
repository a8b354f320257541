using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetNetworkProtocolsResponse</c></summary>
public sealed record GetNetworkProtocolsResponse(IReadOnlyList<NetworkProtocol> NetworkProtocols) : IOnvifMessage<GetNetworkProtocolsResponse>
{
    public static XName ElementName { get; } = Tds + "GetNetworkProtocolsResponse";

    public XElement ToXml() => new(ElementName,
        NetworkProtocols.Select(p => p.ToXml(Tds + "NetworkProtocols")));

    public static GetNetworkProtocolsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tds + "NetworkProtocols", NetworkProtocol.FromXml));
    }
}
