namespace Vms.Rtsp.Rtp;

/// <summary>
/// Receives the packets an <see cref="RtpReorderBuffer"/> releases, in sequence order.
/// </summary>
/// <param name="packet">The packet; its memory is only valid during the call (buffered copies are pooled).</param>
/// <param name="extendedSequence">Its extended sequence number.</param>
/// <param name="lostBefore">How many sequence numbers were given up on just before it (0 when contiguous).</param>
/// <param name="arrival">When the packet arrived.</param>
public delegate void RtpPacketReleasedHandler(in RtpPacket packet, long extendedSequence, int lostBefore, DateTimeOffset arrival);
