using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetSystemDateAndTimeResponse</c></summary>
public sealed record SetSystemDateAndTimeResponse : EmptyMessage<SetSystemDateAndTimeResponse>, IOnvifMessage<SetSystemDateAndTimeResponse>
{
    public static XName ElementName { get; } = Tds + "SetSystemDateAndTimeResponse";
}
