using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetScopesResponse</c></summary>
public sealed record GetScopesResponse(IReadOnlyList<Scope> Scopes) : IOnvifMessage<GetScopesResponse>
{
    public static XName ElementName { get; } = Tds + "GetScopesResponse";

    public XElement ToXml() => new(ElementName,
        Scopes.Select(s => s.ToXml(Tds + "Scopes")));

    public static GetScopesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tds + "Scopes", Scope.FromXml));
    }
}
