namespace Vms.Onvif.Model.Events;

/// <summary>One path of a topic expression: a topic, and whether its whole subtree is selected (<c>//.</c>).</summary>
public sealed record TopicPath(EventTopic Topic, bool IncludeDescendants = false)
{
    public bool Matches(EventTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return IncludeDescendants ? topic.IsWithin(Topic) : topic == Topic;
    }
}
