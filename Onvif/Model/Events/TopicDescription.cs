using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary>A topic of the device's topic set with its <c>tt:MessageDescription</c>: whether it is a property
/// (Initialized/Changed/Deleted) and the Source, Key and Data items its messages carry.</summary>
public sealed record TopicDescription
{
    public required EventTopic Topic { get; init; }

    public bool? IsProperty { get; init; }

    public IReadOnlyList<SimpleItemDescription> Source { get; init; } = [];

    public IReadOnlyList<SimpleItemDescription> Key { get; init; } = [];

    public IReadOnlyList<SimpleItemDescription> Data { get; init; } = [];

    /// <summary><c>tns1:VideoSource/MotionAlarm</c>: property, Source <c>Source</c> (tt:ReferenceToken), Data <c>State</c> (xs:boolean).</summary>
    public static TopicDescription MotionAlarm { get; } = new()
    {
        Topic = EventTopic.MotionAlarm,
        IsProperty = true,
        Source = [new SimpleItemDescription("Source", Tt + "ReferenceToken")],
        Data = [new SimpleItemDescription("State", XNamespace.Get("http://www.w3.org/2001/XMLSchema") + "boolean")],
    };

    internal XElement ToXml(XElement scope) => new(Tt + "MessageDescription",
        OptAttr("IsProperty", IsProperty),
        Items(Tt + "Source", Source, scope),
        Items(Tt + "Key", Key, scope),
        Items(Tt + "Data", Data, scope));

    internal static TopicDescription FromXml(EventTopic topic, XElement? description) => new()
    {
        Topic = topic,
        IsProperty = description?.AttrBool("IsProperty"),
        Source = ReadItems(description?.Opt(Tt + "Source")),
        Key = ReadItems(description?.Opt(Tt + "Key")),
        Data = ReadItems(description?.Opt(Tt + "Data")),
    };

    private static XElement? Items(XName name, IReadOnlyList<SimpleItemDescription> items, XElement scope) =>
        items.Count == 0 ? null : new XElement(name, items.Select(i => i.ToXml(Tt + "SimpleItemDescription", scope)));

    private static List<SimpleItemDescription> ReadItems(XElement? list) =>
        list?.ReadAll(Tt + "SimpleItemDescription", SimpleItemDescription.FromXml) ?? [];
}
