using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetHostnameResponse</c></summary>
public sealed record GetHostnameResponse(HostnameInformation HostnameInformation) : IOnvifMessage<GetHostnameResponse>
{
    public static XName ElementName { get; } = Tds + "GetHostnameResponse";

    public XElement ToXml() => new(ElementName,
        HostnameInformation.ToXml(Tds + "HostnameInformation"));

    public static GetHostnameResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(HostnameInformation.FromXml(element.Req(Tds + "HostnameInformation")));
    }
}
