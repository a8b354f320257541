using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:RemoveScopesResponse</c>: the scopes actually removed.</summary>
public sealed record RemoveScopesResponse(IReadOnlyList<string> ScopeItems) : IOnvifMessage<RemoveScopesResponse>
{
    public static XName ElementName { get; } = Tds + "RemoveScopesResponse";

    public XElement ToXml() => new(ElementName,
        Many(Tds + "ScopeItem", ScopeItems));

    public static RemoveScopesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAllStrings(Tds + "ScopeItem"));
    }
}
