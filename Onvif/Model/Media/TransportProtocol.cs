using System.Xml.Serialization;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:TransportProtocol</c>: UDP = RTP/UDP, RTSP = RTP interleaved in RTSP/TCP, HTTP = RTSP tunnelled in
/// HTTP (web-service port), TCP = deprecated.</summary>
public enum TransportProtocol
{
    [XmlEnum("UDP")]
    Udp,

    [XmlEnum("TCP")]
    Tcp,

    [XmlEnum("RTSP")]
    Rtsp,

    [XmlEnum("HTTP")]
    Http,
}
