using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:AbsoluteMove</c>: moves to a position. Faults: ter:NoProfile, ter:NoPTZProfile, ter:SpaceNotSupported, ter:InvalidPosition, ter:InvalidSpeed.</summary>
public sealed record AbsoluteMove(string ProfileToken, PtzVector Position, PtzVector? Speed = null) : IOnvifMessage<AbsoluteMove>
{
    public static XName ElementName { get; } = Tptz + "AbsoluteMove";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken),
        Position.ToXml(Tptz + "Position"),
        Speed?.ToXml(Tptz + "Speed"));

    public static AbsoluteMove FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"), PtzVector.FromXml(element.Req(Tptz + "Position")), element.Opt(Tptz + "Speed") is { } speed ? PtzVector.FromXml(speed) : null);
    }
}
