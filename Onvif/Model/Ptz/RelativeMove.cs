using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:RelativeMove</c>: moves by a translation. Faults: ter:NoProfile, ter:NoPTZProfile, ter:SpaceNotSupported, ter:InvalidTranslation, ter:InvalidSpeed.</summary>
public sealed record RelativeMove(string ProfileToken, PtzVector Translation, PtzVector? Speed = null) : IOnvifMessage<RelativeMove>
{
    public static XName ElementName { get; } = Tptz + "RelativeMove";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken),
        Translation.ToXml(Tptz + "Translation"),
        Speed?.ToXml(Tptz + "Speed"));

    public static RelativeMove FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"), PtzVector.FromXml(element.Req(Tptz + "Translation")), element.Opt(Tptz + "Speed") is { } speed ? PtzVector.FromXml(speed) : null);
    }
}
