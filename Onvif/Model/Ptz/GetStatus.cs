using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetStatus</c>: position and move status, answered at once. Faults: ter:NoProfile, ter:NoPTZProfile.</summary>
public sealed record GetStatus(string ProfileToken) : IOnvifMessage<GetStatus>
{
    public static XName ElementName { get; } = Tptz + "GetStatus";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken));

    public static GetStatus FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"));
    }
}
