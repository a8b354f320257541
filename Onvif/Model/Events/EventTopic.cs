using System.Xml.Linq;

namespace Vms.Onvif.Model.Events;

/// <summary>A topic: the namespace of its root and the slash-separated path below it
/// (<c>tns1:VideoSource/MotionAlarm</c> = <c>(http://www.onvif.org/ver10/topics, "VideoSource/MotionAlarm")</c>).
/// Compared by namespace and path, never by prefix.</summary>
public sealed record EventTopic(XNamespace Namespace, string Path)
{
    /// <summary><c>tns1:VideoSource/MotionAlarm</c>: Source item <c>Source</c> (video source token), Data item <c>State</c> (boolean).</summary>
    public static EventTopic MotionAlarm { get; } = new(OnvifNamespaces.Topics, "VideoSource/MotionAlarm");

    /// <summary><c>tns1:RuleEngine/CellMotionDetector/Motion</c>: Data item <c>IsMotion</c> (boolean).</summary>
    public static EventTopic CellMotion { get; } = new(OnvifNamespaces.Topics, "RuleEngine/CellMotionDetector/Motion");

    /// <summary>Whether this topic is <paramref name="other"/> or one of its descendants.</summary>
    public bool IsWithin(EventTopic other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Namespace == other.Namespace
            && (Path == other.Path || Path.StartsWith(other.Path + "/", StringComparison.Ordinal));
    }

    public override string ToString() => $"{{{Namespace.NamespaceName}}}{Path}";
}
