using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:GetEventProperties</c>: asks the topic set and the supported dialects.</summary>
public sealed record GetEventProperties : EmptyMessage<GetEventProperties>, IOnvifMessage<GetEventProperties>
{
    public static XName ElementName { get; } = Tev + "GetEventProperties";
}
