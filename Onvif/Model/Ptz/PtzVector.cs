using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:PTZVector</c> and <c>tt:PTZSpeed</c> (same shape): an optional pan/tilt and an optional zoom part.
/// Used for positions, translations, velocities and speeds.</summary>
public sealed record PtzVector(Vector2D? PanTilt, Vector1D? Zoom)
{
    internal XElement ToXml(XName name) => new(name, PanTilt?.ToXml(Tt + "PanTilt"), Zoom?.ToXml(Tt + "Zoom"));

    internal static PtzVector FromXml(XElement element) => new(
        element.Opt(Tt + "PanTilt") is { } panTilt ? Vector2D.FromXml(panTilt) : null,
        element.Opt(Tt + "Zoom") is { } zoom ? Vector1D.FromXml(zoom) : null);
}
