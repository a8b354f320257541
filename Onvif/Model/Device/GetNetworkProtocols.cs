using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetNetworkProtocols</c></summary>
public sealed record GetNetworkProtocols : EmptyMessage<GetNetworkProtocols>, IOnvifMessage<GetNetworkProtocols>
{
    public static XName ElementName { get; } = Tds + "GetNetworkProtocols";
}
