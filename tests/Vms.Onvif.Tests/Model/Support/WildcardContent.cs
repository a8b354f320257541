using System.Xml.Linq;

namespace Vms.Onvif.Tests.Model.Support;

/// <summary>Splits a written body at its schema wildcard slots (removed for XSD 1.0 validation): the body without the
/// slot content, and the slot contents that are global elements of the loaded schemas (validated on their own).</summary>
public static class WildcardContent
{
    private static readonly XName[] Slots =
    [
        OnvifNamespaces.Device + "Capabilities", // tds:Service/tds:Capabilities holds the service's capabilities element
        OnvifNamespaces.WsTopics + "TopicSet",
        OnvifNamespaces.WsNotification + "Message",
        OnvifNamespaces.Events + "Filter",
        OnvifNamespaces.Events + "SubscriptionPolicy",
        OnvifNamespaces.Addressing + "ReferenceParameters",
    ];

    public static (XElement Body, IReadOnlyList<XElement> Parts) Split(XElement body)
    {
        var copy = new XElement(body);
        var parts = new List<XElement>();
        foreach (var slot in copy.DescendantsAndSelf().Where(e => Slots.Contains(e.Name) && !IsDeviceServiceCapabilities(e)).ToList())
        {
            foreach (var child in slot.Elements().ToList())
            {
                child.Remove();
                if (OnvifSchemas.SchemaSet.GlobalElements.Contains(new System.Xml.XmlQualifiedName(child.Name.LocalName, child.Name.NamespaceName)))
                {
                    parts.Add(child);
                }
            }
        }

        return (copy, parts);
    }

    public static void AssertValid(XElement body)
    {
        var (rest, parts) = Split(body);
        OnvifSchemas.AssertValid(rest);
        foreach (var part in parts)
        {
            OnvifSchemas.AssertValid(part);
        }
    }

    // tds:Capabilities is also the typed GetServiceCapabilitiesResponse child; only the one inside tds:Service is a slot.
    private static bool IsDeviceServiceCapabilities(XElement element) =>
        element.Name == OnvifNamespaces.Device + "Capabilities" && element.Parent?.Name != OnvifNamespaces.Device + "Service";
}
