using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GotoPreset</c>: Faults: ter:NoProfile, ter:NoPTZProfile, ter:NoToken, ter:SpaceNotSupported.</summary>
public sealed record GotoPreset(string ProfileToken, string PresetToken, PtzVector? Speed = null) : IOnvifMessage<GotoPreset>
{
    public static XName ElementName { get; } = Tptz + "GotoPreset";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken),
        Token(Tptz + "PresetToken", PresetToken),
        Speed?.ToXml(Tptz + "Speed"));

    public static GotoPreset FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"), element.ReqToken(Tptz + "PresetToken"), element.Opt(Tptz + "Speed") is { } speed ? PtzVector.FromXml(speed) : null);
    }
}
