using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:ContinuousMoveResponse</c></summary>
public sealed record ContinuousMoveResponse : EmptyMessage<ContinuousMoveResponse>, IOnvifMessage<ContinuousMoveResponse>
{
    public static XName ElementName { get; } = Tptz + "ContinuousMoveResponse";
}
