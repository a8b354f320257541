using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:PTZMoveStatus</c>: per-axis-group move status.</summary>
public sealed record PtzMoveStatus(MoveStatus? PanTilt, MoveStatus? Zoom)
{
    internal XElement ToXml(XName name) => new(name, OptEnum(Tt + "PanTilt", PanTilt), OptEnum(Tt + "Zoom", Zoom));

    internal static PtzMoveStatus FromXml(XElement element) =>
        new(element.OptEnum<MoveStatus>(Tt + "PanTilt"), element.OptEnum<MoveStatus>(Tt + "Zoom"));
}
