using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetUsers</c>: asks the user list (never the passwords).</summary>
public sealed record GetUsers : EmptyMessage<GetUsers>, IOnvifMessage<GetUsers>
{
    public static XName ElementName { get; } = Tds + "GetUsers";
}
