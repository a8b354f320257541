using System.Xml.Serialization;

namespace Vms.Onvif.Model.Common;

/// <summary><c>tt:IPType</c>.</summary>
public enum IpType
{
    [XmlEnum("IPv4")]
    IPv4,

    [XmlEnum("IPv6")]
    IPv6,
}
