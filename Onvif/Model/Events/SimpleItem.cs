using System.Xml.Linq;
using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tt:SimpleItem</c>: a name/value pair of an event's Source, Key or Data.</summary>
public sealed record SimpleItem(string Name, string Value)
{
    internal XElement ToXml(XName name) => new(name, new XAttribute("Name", Name), new XAttribute("Value", Value));

    internal static SimpleItem FromXml(XElement element) => new(element.ReqAttr("Name"), element.ReqAttr("Value"));
}
