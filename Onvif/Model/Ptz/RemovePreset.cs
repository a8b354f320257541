using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:RemovePreset</c>: Faults: ter:NoProfile, ter:NoPTZProfile, ter:NoToken.</summary>
public sealed record RemovePreset(string ProfileToken, string PresetToken) : IOnvifMessage<RemovePreset>
{
    public static XName ElementName { get; } = Tptz + "RemovePreset";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken),
        Token(Tptz + "PresetToken", PresetToken));

    public static RemovePreset FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"), element.ReqToken(Tptz + "PresetToken"));
    }
}
