using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:RemovePresetResponse</c></summary>
public sealed record RemovePresetResponse : EmptyMessage<RemovePresetResponse>, IOnvifMessage<RemovePresetResponse>
{
    public static XName ElementName { get; } = Tptz + "RemovePresetResponse";
}
