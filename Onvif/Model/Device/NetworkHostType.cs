using System.Xml.Serialization;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:NetworkHostType</c>.</summary>
public enum NetworkHostType
{
    [XmlEnum("IPv4")]
    IPv4,

    [XmlEnum("IPv6")]
    IPv6,

    [XmlEnum("DNS")]
    Dns,
}
