using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:SetSynchronizationPointResponse</c></summary>
public sealed record SetSynchronizationPointResponse : EmptyMessage<SetSynchronizationPointResponse>, IOnvifMessage<SetSynchronizationPointResponse>
{
    public static XName ElementName { get; } = Tev + "SetSynchronizationPointResponse";
}
