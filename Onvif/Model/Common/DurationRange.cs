using System.Xml.Linq;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Common;

/// <summary><c>tt:DurationRange</c> (Min, Max as xs:duration).</summary>
public sealed record DurationRange(TimeSpan Min, TimeSpan Max)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "Min", Min), Elem(Tt + "Max", Max));

    internal static DurationRange FromXml(XElement element) =>
        new(element.ReqDuration(Tt + "Min"), element.ReqDuration(Tt + "Max"));
}
