using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetServicesResponse</c></summary>
public sealed record GetServicesResponse(IReadOnlyList<Service> Services) : IOnvifMessage<GetServicesResponse>
{
    public static XName ElementName { get; } = Tds + "GetServicesResponse";

    public XElement ToXml() => new(ElementName,
        Services.Select(s => s.ToXml(Tds + "Service")));

    public static GetServicesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tds + "Service", Service.FromXml));
    }
}
