using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:PTZConfigurationOptions</c>: the spaces a configuration may use and the allowed PTZ timeout range
/// (the minimum must be above zero).</summary>
public sealed record PtzConfigurationOptions(PtzSpaces Spaces, DurationRange PtzTimeout, IReadOnlyList<int>? PtzRamps = null)
{
    internal XElement ToXml(XName name) => new(name,
        OptListAttr("PTZRamps", PtzRamps),
        Spaces.ToXml(Tt + "Spaces"),
        PtzTimeout.ToXml(Tt + "PTZTimeout"));

    internal static PtzConfigurationOptions FromXml(XElement element) => new(
        PtzSpaces.FromXml(element.Req(Tt + "Spaces")),
        DurationRange.FromXml(element.Req(Tt + "PTZTimeout")),
        element.AttrIntList("PTZRamps"));
}
