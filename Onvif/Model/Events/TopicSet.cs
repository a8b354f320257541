using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wstop:TopicSet</c> to and from a flat list of topic descriptions. On the wire the topic tree's root is
/// qualified (<c>tns1:VideoSource</c>), deeper levels are unqualified (<c>MotionAlarm</c>), and each topic carries
/// <c>wstop:topic="true"</c> and a <c>tt:MessageDescription</c>.</summary>
internal static class TopicSet
{
    private static readonly XName TopicAttribute = Wstop + "topic";

    internal static XElement ToXml(XName name, IReadOnlyList<TopicDescription> topics)
    {
        var set = new XElement(name);
        foreach (var topic in topics)
        {
            var segments = topic.Topic.Path.Split('/');
            var node = Child(set, topic.Topic.Namespace + segments[0]);
            foreach (var segment in segments.Skip(1))
            {
                node = Child(node, XNamespace.None + segment);
            }

            node.SetAttributeValue(TopicAttribute, "true");
            node.Add(topic.ToXml(set));
        }

        return set;
    }

    /// <summary>Reads every topic: elements flagged <c>wstop:topic="true"</c> or carrying a MessageDescription.</summary>
    internal static List<TopicDescription> FromXml(XElement set)
    {
        var topics = new List<TopicDescription>();
        foreach (var node in set.Descendants())
        {
            if (node.Name.Namespace == Tt || node.Ancestors().Any(a => a.Name.Namespace == Tt))
            {
                continue;
            }

            var description = node.Element(Tt + "MessageDescription");
            var flagged = node.Attribute(TopicAttribute) is { } flag && XmlText.ParseBool(flag.Value.Trim(), "topic");
            if (!flagged && description is null)
            {
                continue;
            }

            if (topics.Count == XmlReading.MaxItems)
            {
                throw new OnvifMessageException(OnvifFault.InvalidArgVal(), $"more than {XmlReading.MaxItems} topics");
            }

            var chain = node.AncestorsAndSelf().TakeWhile(e => e != set).Reverse().ToList();
            var path = string.Join('/', chain.Select(e => e.Name.LocalName));
            topics.Add(TopicDescription.FromXml(new EventTopic(chain[0].Name.Namespace, path), description));
        }

        return topics;
    }

    private static XElement Child(XElement parent, XName name)
    {
        var child = parent.Element(name);
        if (child is null)
        {
            child = new XElement(name);
            parent.Add(child);
        }

        return child;
    }
}
