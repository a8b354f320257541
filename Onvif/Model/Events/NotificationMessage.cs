using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wsnt:NotificationMessage</c>: topic, optional subscription/producer addresses and the message.
/// <see cref="Message"/> is null when the payload is not a <c>tt:Message</c> (a vendor format).</summary>
public sealed record NotificationMessage
{
    public EventTopic? Topic { get; init; }

    public string TopicDialect { get; init; } = EventDialects.ConcreteSet;

    public string? SubscriptionAddress { get; init; }

    public string? ProducerAddress { get; init; }

    public EventMessage? Message { get; init; }

    internal XElement ToXml(XName name) => new(name,
        SubscriptionAddress is null ? null : new XElement(Wsnt + "SubscriptionReference", Elem(Wsa + "Address", SubscriptionAddress)),
        Topic is null ? null : TopicExpression.Of(Topic, TopicDialect).ToXml(Wsnt + "Topic"),
        ProducerAddress is null ? null : new XElement(Wsnt + "ProducerReference", Elem(Wsa + "Address", ProducerAddress)),
        new XElement(Wsnt + "Message", Message?.ToXml()));

    internal static NotificationMessage FromXml(XElement element)
    {
        var topic = element.Opt(Wsnt + "Topic") is { } topicElement ? TopicExpression.FromXml(topicElement) : null;
        return new()
        {
            SubscriptionAddress = element.Opt(Wsnt + "SubscriptionReference")?.ReqString(Wsa + "Address"),
            Topic = topic?.Paths[0].Topic,
            TopicDialect = topic?.Dialect ?? EventDialects.ConcreteSet,
            ProducerAddress = element.Opt(Wsnt + "ProducerReference")?.ReqString(Wsa + "Address"),
            Message = element.Req(Wsnt + "Message").Opt(EventMessage.ElementName) is { } message ? EventMessage.FromXml(message) : null,
        };
    }
}
