using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:NetworkCapabilities</c> (device GetServiceCapabilities): attributes, each optional.</summary>
public sealed record NetworkServiceCapabilities
{
    public bool? IPFilter { get; init; }

    public bool? ZeroConfiguration { get; init; }

    public bool? IPVersion6 { get; init; }

    public bool? DynDns { get; init; }

    public bool? Dot11Configuration { get; init; }

    public int? Dot1XConfigurations { get; init; }

    public bool? HostnameFromDhcp { get; init; }

    /// <summary>Maximum number of NTP servers (0 = NTP not supported).</summary>
    public int? Ntp { get; init; }

    public bool? DhcpV6 { get; init; }

    internal XElement ToXml(XName name) => new(name,
        OptAttr("IPFilter", IPFilter),
        OptAttr("ZeroConfiguration", ZeroConfiguration),
        OptAttr("IPVersion6", IPVersion6),
        OptAttr("DynDNS", DynDns),
        OptAttr("Dot11Configuration", Dot11Configuration),
        OptAttr("Dot1XConfigurations", Dot1XConfigurations),
        OptAttr("HostnameFromDHCP", HostnameFromDhcp),
        OptAttr("NTP", Ntp),
        OptAttr("DHCPv6", DhcpV6));

    internal static NetworkServiceCapabilities FromXml(XElement element) => new()
    {
        IPFilter = element.AttrBool("IPFilter"),
        ZeroConfiguration = element.AttrBool("ZeroConfiguration"),
        IPVersion6 = element.AttrBool("IPVersion6"),
        DynDns = element.AttrBool("DynDNS"),
        Dot11Configuration = element.AttrBool("Dot11Configuration"),
        Dot1XConfigurations = element.AttrInt("Dot1XConfigurations"),
        HostnameFromDhcp = element.AttrBool("HostnameFromDHCP"),
        Ntp = element.AttrInt("NTP"),
        DhcpV6 = element.AttrBool("DHCPv6"),
    };
}
