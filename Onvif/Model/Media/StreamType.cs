using System.Xml.Serialization;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:StreamType</c>.</summary>
public enum StreamType
{
    [XmlEnum("RTP-Unicast")]
    RtpUnicast,

    [XmlEnum("RTP-Multicast")]
    RtpMulticast,
}
