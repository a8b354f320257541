using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:Capabilities</c>: the device service's own capabilities (GetServiceCapabilities, and the
/// <c>tds:Capabilities</c> inside a GetServices entry).</summary>
public sealed record DeviceServiceCapabilities(NetworkServiceCapabilities Network, SecurityServiceCapabilities Security, SystemServiceCapabilities System)
{
    public static XName ElementName { get; } = Tds + "Capabilities";

    /// <summary>Writes the <c>tds:Capabilities</c> element.</summary>
    public XElement ToXml() => new(ElementName,
        Network.ToXml(Tds + "Network"),
        Security.ToXml(Tds + "Security"),
        System.ToXml(Tds + "System"));

    /// <summary>Reads a <c>tds:Capabilities</c> element; a missing part reads as "nothing advertised".</summary>
    public static DeviceServiceCapabilities FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(
            element.Opt(Tds + "Network") is { } network ? NetworkServiceCapabilities.FromXml(network) : new(),
            element.Opt(Tds + "Security") is { } security ? SecurityServiceCapabilities.FromXml(security) : new(),
            element.Opt(Tds + "System") is { } system ? SystemServiceCapabilities.FromXml(system) : new());
    }
}
