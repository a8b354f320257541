using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wsnt:UnsubscribeResponse</c></summary>
public sealed record UnsubscribeResponse : EmptyMessage<UnsubscribeResponse>, IOnvifMessage<UnsubscribeResponse>
{
    public static XName ElementName { get; } = Wsnt + "UnsubscribeResponse";
}
