using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tt:Message</c>: the payload of an ONVIF notification (UtcTime, PropertyOperation, Source/Key/Data items).</summary>
public sealed record EventMessage
{
    public static XName ElementName { get; } = Tt + "Message";

    public DateTimeOffset UtcTime { get; init; }

    public PropertyOperation? PropertyOperation { get; init; }

    public IReadOnlyList<SimpleItem> Source { get; init; } = [];

    public IReadOnlyList<SimpleItem> Key { get; init; } = [];

    public IReadOnlyList<SimpleItem> Data { get; init; } = [];

    /// <summary>The value of a Data item, or null.</summary>
    public string? DataValue(string name) => Data.FirstOrDefault(i => i.Name == name)?.Value;

    /// <summary>The value of a Source item, or null.</summary>
    public string? SourceValue(string name) => Source.FirstOrDefault(i => i.Name == name)?.Value;

    public XElement ToXml() => new(ElementName,
        new XAttribute("UtcTime", XsDateTime.Format(UtcTime)),
        PropertyOperation is { } operation ? new XAttribute("PropertyOperation", XmlEnumText<PropertyOperation>.Format(operation)) : null,
        Items(Tt + "Source", Source),
        Items(Tt + "Key", Key),
        Items(Tt + "Data", Data));

    public static EventMessage FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new()
        {
            UtcTime = XmlText.ParseDateTime(element.ReqAttr("UtcTime"), "Message/@UtcTime"),
            PropertyOperation = element.Attr("PropertyOperation") is { } operation
                ? XmlText.ParseEnum<PropertyOperation>(operation, "Message/@PropertyOperation")
                : null,
            Source = element.Opt(Tt + "Source")?.ReadAll(Tt + "SimpleItem", SimpleItem.FromXml) ?? [],
            Key = element.Opt(Tt + "Key")?.ReadAll(Tt + "SimpleItem", SimpleItem.FromXml) ?? [],
            Data = element.Opt(Tt + "Data")?.ReadAll(Tt + "SimpleItem", SimpleItem.FromXml) ?? [],
        };
    }

    private static XElement? Items(XName name, IReadOnlyList<SimpleItem> items) =>
        items.Count == 0 ? null : new XElement(name, items.Select(i => i.ToXml(Tt + "SimpleItem")));
}
