using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:IPv4NetworkInterface</c> with its <c>tt:IPv4Configuration</c>.</summary>
public sealed record IPv4NetworkInterface
{
    public bool Enabled { get; init; }

    public IReadOnlyList<PrefixedIPv4Address> Manual { get; init; } = [];

    public PrefixedIPv4Address? LinkLocal { get; init; }

    public PrefixedIPv4Address? FromDhcp { get; init; }

    public bool Dhcp { get; init; }

    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "Enabled", Enabled),
        new XElement(Tt + "Config",
            Manual.Select(a => a.ToXml(Tt + "Manual")),
            LinkLocal?.ToXml(Tt + "LinkLocal"),
            FromDhcp?.ToXml(Tt + "FromDHCP"),
            Elem(Tt + "DHCP", Dhcp)));

    internal static IPv4NetworkInterface FromXml(XElement element)
    {
        var config = element.Req(Tt + "Config");
        return new()
        {
            Enabled = element.ReqBool(Tt + "Enabled"),
            Manual = config.ReadAll(Tt + "Manual", PrefixedIPv4Address.FromXml),
            LinkLocal = config.Opt(Tt + "LinkLocal") is { } linkLocal ? PrefixedIPv4Address.FromXml(linkLocal) : null,
            FromDhcp = config.Opt(Tt + "FromDHCP") is { } fromDhcp ? PrefixedIPv4Address.FromXml(fromDhcp) : null,
            Dhcp = config.OptBool(Tt + "DHCP") ?? false,
        };
    }
}
