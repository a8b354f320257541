using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:SetPreset</c>: saves the current position: no token creates a preset, a token overwrites it; the name is optional. Faults: ter:PresetExist, ter:InvalidPresetName, ter:NoToken, ter:MovingPTZ, ter:TooManyPresets.</summary>
public sealed record SetPreset(string ProfileToken, string? PresetName = null, string? PresetToken = null) : IOnvifMessage<SetPreset>
{
    public static XName ElementName { get; } = Tptz + "SetPreset";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken),
        Opt(Tptz + "PresetName", PresetName),
        OptToken(Tptz + "PresetToken", PresetToken));

    public static SetPreset FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"), element.OptString(Tptz + "PresetName"), element.OptToken(Tptz + "PresetToken"));
    }
}
