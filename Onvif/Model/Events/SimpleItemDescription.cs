using System.Xml.Linq;
using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tt:SimpleItemDescription</c>: an item name and its schema type (<c>xs:boolean</c>, <c>tt:ReferenceToken</c>).</summary>
public sealed record SimpleItemDescription(string Name, XName Type)
{
    internal XElement ToXml(XName name, XElement scope)
    {
        var prefix = QNameText.PrefixFor(scope, Type.Namespace);
        return new XElement(name, new XAttribute("Name", Name), new XAttribute("Type", prefix + ":" + Type.LocalName));
    }

    internal static SimpleItemDescription FromXml(XElement element)
    {
        var (ns, local) = QNameText.Resolve(element, element.ReqAttr("Type"));
        return new(element.ReqAttr("Name"), ns + local);
    }
}
