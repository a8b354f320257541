using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:SetPresetResponse</c>: the token of the created or overwritten preset.</summary>
public sealed record SetPresetResponse(string PresetToken) : IOnvifMessage<SetPresetResponse>
{
    public static XName ElementName { get; } = Tptz + "SetPresetResponse";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "PresetToken", PresetToken));

    public static SetPresetResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "PresetToken"));
    }
}
