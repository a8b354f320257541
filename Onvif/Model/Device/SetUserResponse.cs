using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetUserResponse</c></summary>
public sealed record SetUserResponse : EmptyMessage<SetUserResponse>, IOnvifMessage<SetUserResponse>
{
    public static XName ElementName { get; } = Tds + "SetUserResponse";
}
