using System.Xml.Linq;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Common;

/// <summary><c>tt:MulticastConfiguration</c>: group address, port, TTL and whether the device streams it on its own.</summary>
public sealed record MulticastConfiguration(IpAddress Address, int Port, int Ttl, bool AutoStart)
{
    /// <summary>The usual "multicast not configured" value: 0.0.0.0, port 0, TTL 1, no auto-start.</summary>
    public static MulticastConfiguration Unconfigured { get; } = new(new IpAddress(IpType.IPv4, "0.0.0.0"), 0, 1, false);

    internal XElement ToXml(XName name) => new(name,
        Address.ToXml(Tt + "Address"),
        Elem(Tt + "Port", Port),
        Elem(Tt + "TTL", Ttl),
        Elem(Tt + "AutoStart", AutoStart));

    internal static MulticastConfiguration FromXml(XElement element) => new(
        IpAddress.FromXml(element.Req(Tt + "Address")),
        element.ReqInt(Tt + "Port"),
        element.ReqInt(Tt + "TTL"),
        element.ReqBool(Tt + "AutoStart"));
}
