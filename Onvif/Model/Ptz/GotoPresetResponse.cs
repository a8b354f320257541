using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GotoPresetResponse</c></summary>
public sealed record GotoPresetResponse : EmptyMessage<GotoPresetResponse>, IOnvifMessage<GotoPresetResponse>
{
    public static XName ElementName { get; } = Tptz + "GotoPresetResponse";
}
