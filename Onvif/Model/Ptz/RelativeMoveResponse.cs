using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:RelativeMoveResponse</c></summary>
public sealed record RelativeMoveResponse : EmptyMessage<RelativeMoveResponse>, IOnvifMessage<RelativeMoveResponse>
{
    public static XName ElementName { get; } = Tptz + "RelativeMoveResponse";
}
