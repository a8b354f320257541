using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetPresetsResponse</c></summary>
public sealed record GetPresetsResponse(IReadOnlyList<PtzPreset> Presets) : IOnvifMessage<GetPresetsResponse>
{
    public static XName ElementName { get; } = Tptz + "GetPresetsResponse";

    public XElement ToXml() => new(ElementName,
        Presets.Select(p => p.ToXml(Tptz + "Preset")));

    public static GetPresetsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tptz + "Preset", PtzPreset.FromXml));
    }
}
