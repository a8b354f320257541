namespace Vms.Rtsp.Rtcp;

/// <summary>A sender report as received: its NTP ↔ RTP pair and when it arrived (for LSR/DLSR and wall-clock mapping).</summary>
public readonly record struct RtcpSenderReportReceipt(uint Ssrc, NtpTimestamp NtpTimestamp, uint RtpTimestamp, DateTimeOffset ReceivedAt);
