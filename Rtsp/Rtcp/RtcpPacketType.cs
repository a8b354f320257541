namespace Vms.Rtsp.Rtcp;

/// <summary>RTCP packet types (RFC 3550 §12.1, RFC 4585, RFC 3611).</summary>
public enum RtcpPacketType : byte
{
    SenderReport = 200,
    ReceiverReport = 201,
    SourceDescription = 202,
    Goodbye = 203,
    ApplicationDefined = 204,
    TransportFeedback = 205,
    PayloadFeedback = 206,
    ExtendedReport = 207,
}
