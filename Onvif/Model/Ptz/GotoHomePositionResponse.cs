using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GotoHomePositionResponse</c></summary>
public sealed record GotoHomePositionResponse : EmptyMessage<GotoHomePositionResponse>, IOnvifMessage<GotoHomePositionResponse>
{
    public static XName ElementName { get; } = Tptz + "GotoHomePositionResponse";
}
