using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetNTP</c>: asks the NTP configuration.</summary>
public sealed record GetNtp : EmptyMessage<GetNtp>, IOnvifMessage<GetNtp>
{
    public static XName ElementName { get; } = Tds + "GetNTP";
}
