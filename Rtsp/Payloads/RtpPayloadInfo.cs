namespace Vms.Rtsp.Payloads;

/// <summary>One RTP payload written by an <see cref="IRtpPacketizer"/>.</summary>
/// <param name="Length">Payload bytes written.</param>
/// <param name="Marker">The RTP marker bit for this packet (last packet of a video access unit).</param>
/// <param name="TimestampOffset">Added to the access unit's RTP timestamp (non-zero when one audio access unit
/// spans several packets of consecutive samples).</param>
public readonly record struct RtpPayloadInfo(int Length, bool Marker, int TimestampOffset);
