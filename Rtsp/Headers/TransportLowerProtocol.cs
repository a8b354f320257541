namespace Vms.Rtsp.Headers;

/// <summary>The lower transport of a Transport spec (<c>RTP/AVP/UDP</c>, <c>RTP/AVP/TCP</c>).</summary>
public enum TransportLowerProtocol
{
    Udp,
    Tcp,
}
