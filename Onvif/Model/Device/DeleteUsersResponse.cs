using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:DeleteUsersResponse</c></summary>
public sealed record DeleteUsersResponse : EmptyMessage<DeleteUsersResponse>, IOnvifMessage<DeleteUsersResponse>
{
    public static XName ElementName { get; } = Tds + "DeleteUsersResponse";
}
