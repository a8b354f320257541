using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:NetworkInterfaceInfo</c>: name, MAC address, MTU.</summary>
public sealed record NetworkInterfaceInfo(string? Name, string HwAddress, int? Mtu)
{
    internal XElement ToXml(XName name) => new(name,
        Opt(Tt + "Name", Name),
        Elem(Tt + "HwAddress", HwAddress),
        Opt(Tt + "MTU", Mtu));

    internal static NetworkInterfaceInfo FromXml(XElement element) =>
        new(element.OptString(Tt + "Name"), element.ReqString(Tt + "HwAddress"), element.OptInt(Tt + "MTU"));
}
