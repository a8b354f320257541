using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:NetworkHost</c>: an NTP (or other) server given as IPv4, IPv6 or DNS name.</summary>
public sealed record NetworkHost(NetworkHostType Type, string? Address)
{
    internal XElement ToXml(XName name) => new(name,
        EnumElem(Tt + "Type", Type),
        Type == NetworkHostType.IPv4 ? Opt(Tt + "IPv4Address", Address) : null,
        Type == NetworkHostType.IPv6 ? Opt(Tt + "IPv6Address", Address) : null,
        Type == NetworkHostType.Dns ? Opt(Tt + "DNSname", Address) : null);

    internal static NetworkHost FromXml(XElement element) => new(
        element.ReqEnum<NetworkHostType>(Tt + "Type"),
        element.OptString(Tt + "IPv4Address") ?? element.OptString(Tt + "IPv6Address") ?? element.OptString(Tt + "DNSname"));
}
