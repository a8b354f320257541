using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:GetEventPropertiesResponse</c>: the device's topic set (flattened to topic descriptions) and the
/// dialects it supports. Written in schema order; readers also accept the dialect and location elements in the
/// namespace the spec's own example uses.</summary>
public sealed record GetEventPropertiesResponse : IOnvifMessage<GetEventPropertiesResponse>
{
    private static readonly XNamespace[] TevFirst = [Tev, Wsnt, Tt];
    private static readonly XNamespace[] WsntFirst = [Wsnt, Tev];

    public static XName ElementName { get; } = Tev + "GetEventPropertiesResponse";

    public IReadOnlyList<string> TopicNamespaceLocations { get; init; } = [EventDialects.TopicNamespaceLocation];

    public bool FixedTopicSet { get; init; } = true;

    public required IReadOnlyList<TopicDescription> Topics { get; init; }

    public IReadOnlyList<string> TopicExpressionDialects { get; init; } = [EventDialects.Concrete, EventDialects.ConcreteSet];

    public IReadOnlyList<string> MessageContentFilterDialects { get; init; } = [EventDialects.ItemFilter];

    public IReadOnlyList<string> ProducerPropertiesFilterDialects { get; init; } = [];

    public IReadOnlyList<string> MessageContentSchemaLocations { get; init; } = ["http://www.onvif.org/onvif/ver10/schema/onvif.xsd"];

    public XElement ToXml() => new(ElementName,
        Many(Tev + "TopicNamespaceLocation", TopicNamespaceLocations),
        Elem(Wsnt + "FixedTopicSet", FixedTopicSet),
        TopicSet.ToXml(Wstop + "TopicSet", Topics),
        Many(Wsnt + "TopicExpressionDialect", TopicExpressionDialects),
        Many(Tev + "MessageContentFilterDialect", MessageContentFilterDialects),
        Many(Tev + "ProducerPropertiesFilterDialect", ProducerPropertiesFilterDialects),
        Many(Tev + "MessageContentSchemaLocation", MessageContentSchemaLocations));

    public static GetEventPropertiesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new()
        {
            TopicNamespaceLocations = element.ReadAllIn("TopicNamespaceLocation", TevFirst, e => e.Text()),
            FixedTopicSet = element.OptIn("FixedTopicSet", WsntFirst)?.AsBool() ?? true,
            Topics = element.Opt(Wstop + "TopicSet") is { } set ? TopicSet.FromXml(set) : [],
            TopicExpressionDialects = element.ReadAllIn("TopicExpressionDialect", WsntFirst, e => e.Text()),
            MessageContentFilterDialects = element.ReadAllIn("MessageContentFilterDialect", TevFirst, e => e.Text()),
            ProducerPropertiesFilterDialects = element.ReadAllIn("ProducerPropertiesFilterDialect", TevFirst, e => e.Text()),
            MessageContentSchemaLocations = element.ReadAllIn("MessageContentSchemaLocation", TevFirst, e => e.Text()),
        };
    }
}
