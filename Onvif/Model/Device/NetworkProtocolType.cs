using System.Xml.Serialization;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:NetworkProtocolType</c>.</summary>
public enum NetworkProtocolType
{
    [XmlEnum("HTTP")]
    Http,

    [XmlEnum("HTTPS")]
    Https,

    [XmlEnum("RTSP")]
    Rtsp,
}
