using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetServiceCapabilities</c>: asks the device service capabilities.</summary>
public sealed record GetServiceCapabilities : EmptyMessage<GetServiceCapabilities>, IOnvifMessage<GetServiceCapabilities>
{
    public static XName ElementName { get; } = Tds + "GetServiceCapabilities";
}
