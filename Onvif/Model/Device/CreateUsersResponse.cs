using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:CreateUsersResponse</c></summary>
public sealed record CreateUsersResponse : EmptyMessage<CreateUsersResponse>, IOnvifMessage<CreateUsersResponse>
{
    public static XName ElementName { get; } = Tds + "CreateUsersResponse";
}
