namespace Vms.Rtsp.Transport;

/// <summary>
/// One entry of an <see cref="OutboundQueue"/>: a buffer that is never written again (an RTSP message or a
/// shared RTP/RTCP packet) plus where it goes. The buffer is referenced, not copied, so one packet can sit in
/// many viewers' queues at once.
/// </summary>
/// <param name="Data">The bytes to send.</param>
/// <param name="Channel">For a TCP connection the interleaved channel (0-255), or <see cref="Raw"/> for bytes
/// written as they are (RTSP messages). For a UDP sender the destination slot (track × 2, +1 for RTCP).</param>
internal readonly record struct OutboundItem(ReadOnlyMemory<byte> Data, int Channel)
{
    /// <summary>The channel value of bytes written as they are (no <c>$</c> framing).</summary>
    public const int Raw = -1;

    /// <summary>The bytes this item occupies on the wire (4 more for the interleaved frame header).</summary>
    public int WireLength => Channel == Raw ? Data.Length : Data.Length + 4;
}
