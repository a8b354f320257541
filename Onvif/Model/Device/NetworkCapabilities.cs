using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:NetworkCapabilities</c> (GetCapabilities); every flag optional.</summary>
public sealed record NetworkCapabilities(bool? IPFilter, bool? ZeroConfiguration, bool? IPVersion6, bool? DynDns)
{
    internal XElement ToXml(XName name) => new(name,
        Opt(Tt + "IPFilter", IPFilter),
        Opt(Tt + "ZeroConfiguration", ZeroConfiguration),
        Opt(Tt + "IPVersion6", IPVersion6),
        Opt(Tt + "DynDNS", DynDns));

    internal static NetworkCapabilities FromXml(XElement element) => new(
        element.OptBool(Tt + "IPFilter"),
        element.OptBool(Tt + "ZeroConfiguration"),
        element.OptBool(Tt + "IPVersion6"),
        element.OptBool(Tt + "DynDNS"));
}
