using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetNodeResponse</c></summary>
public sealed record GetNodeResponse(PtzNode Node) : IOnvifMessage<GetNodeResponse>
{
    public static XName ElementName { get; } = Tptz + "GetNodeResponse";

    public XElement ToXml() => new(ElementName,
        Node.ToXml(Tptz + "PTZNode"));

    public static GetNodeResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(PtzNode.FromXml(element.Req(Tptz + "PTZNode")));
    }
}
