using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:AbsoluteMoveResponse</c></summary>
public sealed record AbsoluteMoveResponse : EmptyMessage<AbsoluteMoveResponse>, IOnvifMessage<AbsoluteMoveResponse>
{
    public static XName ElementName { get; } = Tptz + "AbsoluteMoveResponse";
}
