using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SystemReboot</c>: asks the device to reboot; it answers first, then reboots.</summary>
public sealed record SystemReboot : EmptyMessage<SystemReboot>, IOnvifMessage<SystemReboot>
{
    public static XName ElementName { get; } = Tds + "SystemReboot";
}
