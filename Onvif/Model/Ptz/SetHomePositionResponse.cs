using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:SetHomePositionResponse</c></summary>
public sealed record SetHomePositionResponse : EmptyMessage<SetHomePositionResponse>, IOnvifMessage<SetHomePositionResponse>
{
    public static XName ElementName { get; } = Tptz + "SetHomePositionResponse";
}
