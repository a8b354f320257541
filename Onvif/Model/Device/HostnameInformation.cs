using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:HostnameInformation</c>.</summary>
public sealed record HostnameInformation(bool FromDhcp, string? Name)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "FromDHCP", FromDhcp), Opt(Tt + "Name", Name));

    internal static HostnameInformation FromXml(XElement element) =>
        new(element.OptBool(Tt + "FromDHCP") ?? false, element.OptString(Tt + "Name"));
}
