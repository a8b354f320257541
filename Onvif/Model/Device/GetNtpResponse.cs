using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetNTPResponse</c></summary>
public sealed record GetNtpResponse(NtpInformation NtpInformation) : IOnvifMessage<GetNtpResponse>
{
    public static XName ElementName { get; } = Tds + "GetNTPResponse";

    public XElement ToXml() => new(ElementName,
        NtpInformation.ToXml(Tds + "NTPInformation"));

    public static GetNtpResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(NtpInformation.FromXml(element.Req(Tds + "NTPInformation")));
    }
}
