using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:SetSynchronizationPoint</c>: asks the pull point to resend every property as Initialized.</summary>
public sealed record SetSynchronizationPoint : EmptyMessage<SetSynchronizationPoint>, IOnvifMessage<SetSynchronizationPoint>
{
    public static XName ElementName { get; } = Tev + "SetSynchronizationPoint";
}
