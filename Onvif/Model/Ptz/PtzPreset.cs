using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:PTZPreset</c>: token, optional name (clients show the token when it is empty), optional position.</summary>
public sealed record PtzPreset(string? Token, string? Name, PtzVector? Position)
{
    internal XElement ToXml(XName name) => new(name,
        OptTokenAttr("token", Token),
        Opt(Tt + "Name", Name),
        Position?.ToXml(Tt + "PTZPosition"));

    internal static PtzPreset FromXml(XElement element) => new(
        element.AttrToken("token"),
        element.OptString(Tt + "Name"),
        element.Opt(Tt + "PTZPosition") is { } position ? PtzVector.FromXml(position) : null);
}
