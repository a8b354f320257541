using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:Capabilities</c>: PTZ service capabilities (GetServiceCapabilities, and inside a GetServices
/// entry). MoveStatus / StatusPosition promise those parts in GetStatus.</summary>
public sealed record PtzServiceCapabilities
{
    public static XName ElementName { get; } = Tptz + "Capabilities";

    public bool? EFlip { get; init; }

    public bool? Reverse { get; init; }

    public bool? GetCompatibleConfigurations { get; init; }

    public bool? MoveStatus { get; init; }

    public bool? StatusPosition { get; init; }

    public IReadOnlyList<string>? MoveAndTrack { get; init; }

    public XElement ToXml() => new(ElementName,
        OptAttr("EFlip", EFlip),
        OptAttr("Reverse", Reverse),
        OptAttr("GetCompatibleConfigurations", GetCompatibleConfigurations),
        OptAttr("MoveStatus", MoveStatus),
        OptAttr("StatusPosition", StatusPosition),
        OptListAttr("MoveAndTrack", MoveAndTrack));

    public static PtzServiceCapabilities FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new()
        {
            EFlip = element.AttrBool("EFlip"),
            Reverse = element.AttrBool("Reverse"),
            GetCompatibleConfigurations = element.AttrBool("GetCompatibleConfigurations"),
            MoveStatus = element.AttrBool("MoveStatus"),
            StatusPosition = element.AttrBool("StatusPosition"),
            MoveAndTrack = element.AttrList("MoveAndTrack"),
        };
    }
}
