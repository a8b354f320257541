using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:CreatePullPointSubscription</c>: creates a pull point, optionally filtered, with an absolute or relative termination time. Faults: wsnt InvalidFilterFault / TopicNotSupportedFault, or ter:InvalidArgVal.</summary>
public sealed record CreatePullPointSubscription(EventFilter? Filter = null, AbsoluteOrRelativeTime? InitialTerminationTime = null, bool ChangedOnly = false) : IOnvifMessage<CreatePullPointSubscription>
{
    public static XName ElementName { get; } = Tev + "CreatePullPointSubscription";

    public XElement ToXml() => new(ElementName,
        Filter?.ToXml(Tev + "Filter"),
        InitialTerminationTime is null ? null : new XElement(Tev + "InitialTerminationTime", InitialTerminationTime.ToString()),
        ChangedOnly ? new XElement(Tev + "SubscriptionPolicy", new XElement(Tev + "ChangedOnly")) : null);

    public static CreatePullPointSubscription FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        var initial = element.Opt(Tev + "InitialTerminationTime") is { } time && time.Text().Length > 0
            ? AbsoluteOrRelativeTime.Parse(time.Text(), "InitialTerminationTime")
            : null;
        return new(
            element.Opt(Tev + "Filter") is { } filter ? EventFilter.FromXml(filter) : null,
            initial,
            element.Opt(Tev + "SubscriptionPolicy")?.Opt(Tev + "ChangedOnly") is not null);
    }
}
