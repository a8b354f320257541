using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GotoHomePosition</c>: Faults: ter:NoProfile, ter:NoPTZProfile, ter:NoHomePosition.</summary>
public sealed record GotoHomePosition(string ProfileToken, PtzVector? Speed = null) : IOnvifMessage<GotoHomePosition>
{
    public static XName ElementName { get; } = Tptz + "GotoHomePosition";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken),
        Speed?.ToXml(Tptz + "Speed"));

    public static GotoHomePosition FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"), element.Opt(Tptz + "Speed") is { } speed ? PtzVector.FromXml(speed) : null);
    }
}
