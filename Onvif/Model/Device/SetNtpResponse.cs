using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetNTPResponse</c></summary>
public sealed record SetNtpResponse : EmptyMessage<SetNtpResponse>, IOnvifMessage<SetNtpResponse>
{
    public static XName ElementName { get; } = Tds + "SetNTPResponse";
}
