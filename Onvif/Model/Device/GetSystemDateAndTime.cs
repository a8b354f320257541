using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetSystemDateAndTime</c>: asks the device clock (pre-authentication).</summary>
public sealed record GetSystemDateAndTime : EmptyMessage<GetSystemDateAndTime>, IOnvifMessage<GetSystemDateAndTime>
{
    public static XName ElementName { get; } = Tds + "GetSystemDateAndTime";
}
