using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:Capabilities</c>: event service capabilities. MaxNotificationProducers above 0 obliges the push
/// (Subscribe/Notify) interface; MaxPullPoints bounds concurrent pull-point subscriptions.</summary>
public sealed record EventServiceCapabilities
{
    public static XName ElementName { get; } = Tev + "Capabilities";

    public bool? WSSubscriptionPolicySupport { get; init; }

    public bool? WSPausableSubscriptionManagerInterfaceSupport { get; init; }

    public int? MaxNotificationProducers { get; init; }

    public int? MaxPullPoints { get; init; }

    public bool? PersistentNotificationStorage { get; init; }

    public string? EventBrokerProtocols { get; init; }

    public int? MaxEventBrokers { get; init; }

    public bool? MetadataOverMqtt { get; init; }

    public XElement ToXml() => new(ElementName,
        OptAttr("WSSubscriptionPolicySupport", WSSubscriptionPolicySupport),
        OptAttr("WSPausableSubscriptionManagerInterfaceSupport", WSPausableSubscriptionManagerInterfaceSupport),
        OptAttr("MaxNotificationProducers", MaxNotificationProducers),
        OptAttr("MaxPullPoints", MaxPullPoints),
        OptAttr("PersistentNotificationStorage", PersistentNotificationStorage),
        OptAttr("EventBrokerProtocols", EventBrokerProtocols),
        OptAttr("MaxEventBrokers", MaxEventBrokers),
        OptAttr("MetadataOverMQTT", MetadataOverMqtt));

    public static EventServiceCapabilities FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new()
        {
            WSSubscriptionPolicySupport = element.AttrBool("WSSubscriptionPolicySupport"),
            WSPausableSubscriptionManagerInterfaceSupport = element.AttrBool("WSPausableSubscriptionManagerInterfaceSupport"),
            MaxNotificationProducers = element.AttrInt("MaxNotificationProducers"),
            MaxPullPoints = element.AttrInt("MaxPullPoints"),
            PersistentNotificationStorage = element.AttrBool("PersistentNotificationStorage"),
            EventBrokerProtocols = element.Attr("EventBrokerProtocols"),
            MaxEventBrokers = element.AttrInt("MaxEventBrokers"),
            MetadataOverMqtt = element.AttrBool("MetadataOverMQTT"),
        };
    }
}
