using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetStatusResponse</c></summary>
public sealed record GetStatusResponse(PtzStatus Status) : IOnvifMessage<GetStatusResponse>
{
    public static XName ElementName { get; } = Tptz + "GetStatusResponse";

    public XElement ToXml() => new(ElementName,
        Status.ToXml(Tptz + "PTZStatus"));

    public static GetStatusResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(PtzStatus.FromXml(element.Req(Tptz + "PTZStatus")));
    }
}
