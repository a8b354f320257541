using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:RemoveScopes</c>: removes configurable scopes. Faults: ter:FixedScope, ter:NoScope.</summary>
public sealed record RemoveScopes(IReadOnlyList<string> ScopeItems) : IOnvifMessage<RemoveScopes>
{
    public static XName ElementName { get; } = Tds + "RemoveScopes";

    public XElement ToXml() => new(ElementName,
        Many(Tds + "ScopeItem", ScopeItems));

    public static RemoveScopes FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAllStrings(Tds + "ScopeItem", min: 1));
    }
}
