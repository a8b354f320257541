using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wsnt:MessageContent</c>: a filter on message items, kept as text (ItemFilter dialect:
/// <c>boolean(//tt:SimpleItem[@Name="Source" and @Value="vs0"])</c>). The writer declares tt on the element.</summary>
public sealed record MessageContentFilter(string Expression, string Dialect = EventDialects.ItemFilter)
{
    internal XElement ToXml(XName name) =>
        new(name, new XAttribute("Dialect", Dialect), new XAttribute(XNamespace.Xmlns + "tt", Tt.NamespaceName), Expression);

    internal static MessageContentFilter FromXml(XElement element) =>
        new(element.Text(), element.Attr("Dialect") ?? EventDialects.ItemFilter);
}
