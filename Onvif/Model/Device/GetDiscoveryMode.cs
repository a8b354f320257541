using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetDiscoveryMode</c></summary>
public sealed record GetDiscoveryMode : EmptyMessage<GetDiscoveryMode>, IOnvifMessage<GetDiscoveryMode>
{
    public static XName ElementName { get; } = Tds + "GetDiscoveryMode";
}
