using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:GetServiceCapabilities</c>: asks the event service capabilities.</summary>
public sealed record GetServiceCapabilities : EmptyMessage<GetServiceCapabilities>, IOnvifMessage<GetServiceCapabilities>
{
    public static XName ElementName { get; } = Tev + "GetServiceCapabilities";
}
