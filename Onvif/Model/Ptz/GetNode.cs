using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetNode</c>: one PTZ node by token. Fault: ter:NoEntity.</summary>
public sealed record GetNode(string NodeToken) : IOnvifMessage<GetNode>
{
    public static XName ElementName { get; } = Tptz + "GetNode";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "NodeToken", NodeToken));

    public static GetNode FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "NodeToken"));
    }
}
