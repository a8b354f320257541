using System.Xml.Linq;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Common;

/// <summary><c>tt:FloatRange</c> (Min, Max).</summary>
public sealed record FloatRange(float Min, float Max)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "Min", Min), Elem(Tt + "Max", Max));

    internal static FloatRange FromXml(XElement element) => new(element.ReqFloat(Tt + "Min"), element.ReqFloat(Tt + "Max"));
}
