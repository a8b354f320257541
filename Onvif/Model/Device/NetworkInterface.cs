using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:NetworkInterface</c> as GetNetworkInterfaces returns it (IPv6 reduced to its Enabled flag).</summary>
public sealed record NetworkInterface
{
    public required string Token { get; init; }

    public bool Enabled { get; init; }

    public NetworkInterfaceInfo? Info { get; init; }

    public IPv4NetworkInterface? IPv4 { get; init; }

    /// <summary><c>tt:IPv6/tt:Enabled</c>, or null when the interface reports no IPv6 part.</summary>
    public bool? IPv6Enabled { get; init; }

    internal XElement ToXml(XName name) => new(name,
        TokenAttr("token", Token),
        Elem(Tt + "Enabled", Enabled),
        Info?.ToXml(Tt + "Info"),
        IPv4?.ToXml(Tt + "IPv4"),
        IPv6Enabled is { } v6 ? new XElement(Tt + "IPv6", Elem(Tt + "Enabled", v6)) : null);

    internal static NetworkInterface FromXml(XElement element) => new()
    {
        Token = element.ReqAttrToken("token"),
        Enabled = element.ReqBool(Tt + "Enabled"),
        Info = element.Opt(Tt + "Info") is { } info ? NetworkInterfaceInfo.FromXml(info) : null,
        IPv4 = element.Opt(Tt + "IPv4") is { } v4 ? IPv4NetworkInterface.FromXml(v4) : null,
        IPv6Enabled = element.Opt(Tt + "IPv6")?.OptBool(Tt + "Enabled"),
    };
}
