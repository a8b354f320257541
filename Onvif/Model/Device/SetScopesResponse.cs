using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetScopesResponse</c></summary>
public sealed record SetScopesResponse : EmptyMessage<SetScopesResponse>, IOnvifMessage<SetScopesResponse>
{
    public static XName ElementName { get; } = Tds + "SetScopesResponse";
}
