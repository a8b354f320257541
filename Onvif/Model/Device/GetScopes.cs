using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetScopes</c>: asks the discovery scopes.</summary>
public sealed record GetScopes : EmptyMessage<GetScopes>, IOnvifMessage<GetScopes>
{
    public static XName ElementName { get; } = Tds + "GetScopes";
}
