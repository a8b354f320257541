using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:DeviceCapabilities</c>: the device service address and its network, system, I/O and security flags.</summary>
public sealed record DeviceCapabilities
{
    public required string XAddr { get; init; }

    public NetworkCapabilities? Network { get; init; }

    public SystemCapabilities? System { get; init; }

    public IoCapabilities? Io { get; init; }

    public SecurityCapabilities? Security { get; init; }

    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "XAddr", XAddr),
        Network?.ToXml(Tt + "Network"),
        System?.ToXml(Tt + "System"),
        Io?.ToXml(Tt + "IO"),
        Security?.ToXml(Tt + "Security"));

    internal static DeviceCapabilities FromXml(XElement element) => new()
    {
        XAddr = element.ReqString(Tt + "XAddr"),
        Network = element.Opt(Tt + "Network") is { } network ? NetworkCapabilities.FromXml(network) : null,
        System = element.Opt(Tt + "System") is { } system ? SystemCapabilities.FromXml(system) : null,
        Io = element.Opt(Tt + "IO") is { } io ? IoCapabilities.FromXml(io) : null,
        Security = element.Opt(Tt + "Security") is { } security ? SecurityCapabilities.FromXml(security) : null,
    };
}
