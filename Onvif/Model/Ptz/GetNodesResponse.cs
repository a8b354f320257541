using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetNodesResponse</c></summary>
public sealed record GetNodesResponse(IReadOnlyList<PtzNode> Nodes) : IOnvifMessage<GetNodesResponse>
{
    public static XName ElementName { get; } = Tptz + "GetNodesResponse";

    public XElement ToXml() => new(ElementName,
        Nodes.Select(n => n.ToXml(Tptz + "PTZNode")));

    public static GetNodesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tptz + "PTZNode", PtzNode.FromXml));
    }
}
