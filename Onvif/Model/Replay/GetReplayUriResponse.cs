using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Replay;

/// <summary><c>trp:GetReplayUriResponse</c></summary>
public sealed record GetReplayUriResponse(string Uri) : IOnvifMessage<GetReplayUriResponse>
{
    public static XName ElementName { get; } = Trp + "GetReplayUriResponse";

    public XElement ToXml() => new(ElementName,
        Elem(Trp + "Uri", Uri));

    public static GetReplayUriResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqString(Trp + "Uri"));
    }
}
