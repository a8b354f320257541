using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:NTPInformation</c>: NTP servers from DHCP and/or configured by hand.</summary>
public sealed record NtpInformation(bool FromDhcp, IReadOnlyList<NetworkHost> NtpFromDhcp, IReadOnlyList<NetworkHost> NtpManual)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "FromDHCP", FromDhcp),
        NtpFromDhcp.Select(h => h.ToXml(Tt + "NTPFromDHCP")),
        NtpManual.Select(h => h.ToXml(Tt + "NTPManual")));

    internal static NtpInformation FromXml(XElement element) => new(
        element.ReqBool(Tt + "FromDHCP"),
        element.ReadAll(Tt + "NTPFromDHCP", NetworkHost.FromXml),
        element.ReadAll(Tt + "NTPManual", NetworkHost.FromXml));
}
