using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetNTP</c>: NTP servers from DHCP or set by hand. Faults: ter:InvalidIPv4Address, ter:InvalidIPv6Address, ter:InvalidDnsName.</summary>
public sealed record SetNtp(bool FromDhcp, IReadOnlyList<NetworkHost> NtpManual) : IOnvifMessage<SetNtp>
{
    public static XName ElementName { get; } = Tds + "SetNTP";

    public XElement ToXml() => new(ElementName,
        Elem(Tds + "FromDHCP", FromDhcp),
        NtpManual.Select(h => h.ToXml(Tds + "NTPManual")));

    public static SetNtp FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqBool(Tds + "FromDHCP"), element.ReadAll(Tds + "NTPManual", NetworkHost.FromXml));
    }
}
