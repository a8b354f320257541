using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:Filter</c> (<c>wsnt:FilterType</c>): a topic expression and/or a message content filter.</summary>
public sealed record EventFilter(TopicExpression? Topics, MessageContentFilter? MessageContent = null)
{
    internal XElement ToXml(XName name) => new(name,
        Topics?.ToXml(Wsnt + "TopicExpression"),
        MessageContent?.ToXml(Wsnt + "MessageContent"));

    internal static EventFilter FromXml(XElement element) => new(
        element.Opt(Wsnt + "TopicExpression") is { } topics ? TopicExpression.FromXml(topics) : null,
        element.Opt(Wsnt + "MessageContent") is { } content ? MessageContentFilter.FromXml(content) : null);
}
