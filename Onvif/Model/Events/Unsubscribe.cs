using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wsnt:Unsubscribe</c>: ends a subscription (sent to the subscription address).</summary>
public sealed record Unsubscribe : EmptyMessage<Unsubscribe>, IOnvifMessage<Unsubscribe>
{
    public static XName ElementName { get; } = Wsnt + "Unsubscribe";
}
