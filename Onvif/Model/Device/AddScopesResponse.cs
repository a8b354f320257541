using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:AddScopesResponse</c></summary>
public sealed record AddScopesResponse : EmptyMessage<AddScopesResponse>, IOnvifMessage<AddScopesResponse>
{
    public static XName ElementName { get; } = Tds + "AddScopesResponse";
}
