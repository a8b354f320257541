using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:PTZStatus</c>: position in the default absolute spaces, move status, error text, device UTC time.</summary>
public sealed record PtzStatus(PtzVector? Position, PtzMoveStatus? MoveStatus, string? Error, DateTimeOffset UtcTime)
{
    internal XElement ToXml(XName name) => new(name,
        Position?.ToXml(Tt + "Position"),
        MoveStatus?.ToXml(Tt + "MoveStatus"),
        Opt(Tt + "Error", Error),
        Elem(Tt + "UtcTime", UtcTime));

    internal static PtzStatus FromXml(XElement element) => new(
        element.Opt(Tt + "Position") is { } position ? PtzVector.FromXml(position) : null,
        element.Opt(Tt + "MoveStatus") is { } moveStatus ? PtzMoveStatus.FromXml(moveStatus) : null,
        element.OptString(Tt + "Error"),
        element.ReqDateTime(Tt + "UtcTime"));
}
