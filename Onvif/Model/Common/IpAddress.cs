using System.Xml.Linq;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Common;

/// <summary><c>tt:IPAddress</c>: the type and the matching <c>tt:IPv4Address</c> or <c>tt:IPv6Address</c>.</summary>
public sealed record IpAddress(IpType Type, string? Address)
{
    internal XElement ToXml(XName name) => new(name,
        EnumElem(Tt + "Type", Type),
        Type == IpType.IPv4 ? Opt(Tt + "IPv4Address", Address) : null,
        Type == IpType.IPv6 ? Opt(Tt + "IPv6Address", Address) : null);

    internal static IpAddress FromXml(XElement element) =>
        new(element.ReqEnum<IpType>(Tt + "Type"), element.OptString(Tt + "IPv4Address") ?? element.OptString(Tt + "IPv6Address"));
}
