namespace Vms.Rtsp.Client;

/// <summary>How media reaches the client.</summary>
public enum RtspClientTransport
{
    /// <summary>RTP/AVP/TCP interleaved on the RTSP connection (works through NAT and firewalls).</summary>
    Tcp,

    /// <summary>RTP/AVP unicast UDP to a local port pair per track.</summary>
    Udp,
}
