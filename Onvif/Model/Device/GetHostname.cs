using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetHostname</c>: asks the host name (pre-authentication).</summary>
public sealed record GetHostname : EmptyMessage<GetHostname>, IOnvifMessage<GetHostname>
{
    public static XName ElementName { get; } = Tds + "GetHostname";
}
