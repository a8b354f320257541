using System.Xml.Linq;
using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wsnt:TopicExpression</c> (subscription filters) and <c>wsnt:Topic</c> (notifications): topic paths
/// joined by <c>|</c> in the ConcreteSet dialect. Prefixes in the text are resolved through the element's namespace
/// declarations; the writer declares the prefixes it uses on the element.</summary>
public sealed record TopicExpression(IReadOnlyList<TopicPath> Paths, string Dialect = EventDialects.ConcreteSet)
{
    /// <summary>Longest expression text read.</summary>
    public const int MaxLength = 8192;

    /// <summary>A single-topic expression.</summary>
    public static TopicExpression Of(EventTopic topic, string dialect = EventDialects.ConcreteSet) => new([new TopicPath(topic)], dialect);

    /// <summary>Whether <paramref name="topic"/> is selected by one of the paths.</summary>
    public bool Matches(EventTopic topic) => Paths.Any(p => p.Matches(topic));

    internal XElement ToXml(XName name)
    {
        var element = new XElement(name, new XAttribute("Dialect", Dialect));
        var text = string.Join('|', Paths.Select(p =>
            QNameText.PrefixFor(element, p.Topic.Namespace) + ":" + p.Topic.Path + (p.IncludeDescendants ? "//." : string.Empty)));
        element.Add(text);
        return element;
    }

    internal static TopicExpression FromXml(XElement element)
    {
        var text = element.Text();
        if (text.Length is 0 or > MaxLength)
        {
            throw OnvifMessageException.InvalidValue(element.Name.LocalName, $"a topic expression of 1 to {MaxLength} characters", text);
        }

        var paths = new List<TopicPath>();
        foreach (var part in text.Split('|', StringSplitOptions.TrimEntries))
        {
            if (paths.Count == XmlReading.MaxItems)
            {
                throw OnvifMessageException.InvalidValue(element.Name.LocalName, "fewer topic paths", text);
            }

            var subtree = part.EndsWith("//.", StringComparison.Ordinal);
            var path = subtree ? part[..^3] : part;
            if (path.Length == 0)
            {
                throw OnvifMessageException.InvalidValue(element.Name.LocalName, "a topic path", text);
            }

            var segments = path.Split('/');
            var (ns, root) = QNameText.Resolve(element, segments[0]);

            // Later segments may repeat a prefix (tns1:RuleEngine/tns1:CellMotionDetector); keep the local names.
            var rest = segments.Skip(1).Select(s => s[(s.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            paths.Add(new TopicPath(new EventTopic(ns, string.Join('/', rest.Prepend(root))), subtree));
        }

        return new(paths, element.Attr("Dialect") ?? EventDialects.ConcreteSet);
    }
}
