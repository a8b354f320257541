using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:AddScopes</c>: adds configurable scopes. Fault: env:Receiver/ter:Action/ter:TooManyScopes.</summary>
public sealed record AddScopes(IReadOnlyList<string> ScopeItems) : IOnvifMessage<AddScopes>
{
    public static XName ElementName { get; } = Tds + "AddScopes";

    public XElement ToXml() => new(ElementName,
        Many(Tds + "ScopeItem", ScopeItems));

    public static AddScopes FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAllStrings(Tds + "ScopeItem", min: 1));
    }
}
