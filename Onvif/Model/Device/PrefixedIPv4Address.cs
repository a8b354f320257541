using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:PrefixedIPv4Address</c>: address and prefix length (192.168.1.50/24).</summary>
public sealed record PrefixedIPv4Address(string Address, int PrefixLength)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "Address", Address), Elem(Tt + "PrefixLength", PrefixLength));

    internal static PrefixedIPv4Address FromXml(XElement element) =>
        new(element.ReqString(Tt + "Address"), element.ReqInt(Tt + "PrefixLength"));
}
