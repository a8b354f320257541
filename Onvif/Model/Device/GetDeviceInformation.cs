using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetDeviceInformation</c>: asks manufacturer, model, firmware, serial number and hardware id.</summary>
public sealed record GetDeviceInformation : EmptyMessage<GetDeviceInformation>, IOnvifMessage<GetDeviceInformation>
{
    public static XName ElementName { get; } = Tds + "GetDeviceInformation";
}
