namespace Vms.Onvif.Client;

/// <summary>How RTP travels: interleaved in the RTSP TCP connection, or over UDP.</summary>
public enum StreamTransport
{
    /// <summary>Media 1 Transport <c>RTSP</c>, Media2 protocol <c>RTSP</c>.</summary>
    RtspTcp,

    /// <summary>Media 1 Transport <c>UDP</c>, Media2 protocol <c>RtspUnicast</c>.</summary>
    RtspUdp,
}
