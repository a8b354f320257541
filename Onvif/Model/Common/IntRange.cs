using System.Xml.Linq;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Common;

/// <summary><c>tt:IntRange</c> (Min, Max).</summary>
public sealed record IntRange(int Min, int Max)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "Min", Min), Elem(Tt + "Max", Max));

    internal static IntRange FromXml(XElement element) => new(element.ReqInt(Tt + "Min"), element.ReqInt(Tt + "Max"));
}
