using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetSystemDateAndTimeResponse</c>: the device clock.</summary>
public sealed record GetSystemDateAndTimeResponse(SystemDateTime SystemDateAndTime) : IOnvifMessage<GetSystemDateAndTimeResponse>
{
    public static XName ElementName { get; } = Tds + "GetSystemDateAndTimeResponse";

    public XElement ToXml() => new(ElementName,
        SystemDateAndTime.ToXml(Tds + "SystemDateAndTime"));

    public static GetSystemDateAndTimeResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(SystemDateTime.FromXml(element.Req(Tds + "SystemDateAndTime")));
    }
}
