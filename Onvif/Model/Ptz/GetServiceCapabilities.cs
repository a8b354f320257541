using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetServiceCapabilities</c>: asks the PTZ service capabilities.</summary>
public sealed record GetServiceCapabilities : EmptyMessage<GetServiceCapabilities>, IOnvifMessage<GetServiceCapabilities>
{
    public static XName ElementName { get; } = Tptz + "GetServiceCapabilities";
}
