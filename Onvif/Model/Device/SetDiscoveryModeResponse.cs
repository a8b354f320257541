using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetDiscoveryModeResponse</c></summary>
public sealed record SetDiscoveryModeResponse : EmptyMessage<SetDiscoveryModeResponse>, IOnvifMessage<SetDiscoveryModeResponse>
{
    public static XName ElementName { get; } = Tds + "SetDiscoveryModeResponse";
}
