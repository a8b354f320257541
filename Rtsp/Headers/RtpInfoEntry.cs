namespace Vms.Rtsp.Headers;

/// <summary>One stream of an RTP-Info header: its URL and the sequence number and RTP time of the first packet after PLAY.</summary>
public sealed record RtpInfoEntry(string Url, ushort? Sequence = null, uint? RtpTime = null);
