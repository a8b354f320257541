using System.Xml.Serialization;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:TransportProtocol</c>, the Protocol of Media2 GetStreamUri.</summary>
public enum StreamProtocol
{
    /// <summary>RTSP with RTP over UDP unicast.</summary>
    RtspUnicast,

    /// <summary>RTSP with RTP over UDP multicast.</summary>
    RtspMulticast,

    /// <summary>RTSP over TLS with SRTP unicast.</summary>
    RtspsUnicast,

    /// <summary>RTSP over TLS with SRTP multicast.</summary>
    RtspsMulticast,

    /// <summary>RTP interleaved in the RTSP TCP connection.</summary>
    [XmlEnum("RTSP")]
    Rtsp,

    /// <summary>RTSP and RTP tunnelled in HTTP on the web-service port.</summary>
    RtspOverHttp,
}
