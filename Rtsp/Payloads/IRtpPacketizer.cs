using Vms.Rtsp.Media;

namespace Vms.Rtsp.Payloads;

/// <summary>
/// Cuts access units into RTP payloads of at most <see cref="MaxPayloadSize"/> bytes, one after the other, into
/// caller-provided buffers (no allocation in steady state).
/// </summary>
/// <remarks>
/// Usage: <see cref="Begin"/> with an access unit, then <see cref="TryWriteNext"/> until it returns false. The
/// packetizer keeps a reference to the access unit (whose buffers never change) until the next <see cref="Begin"/>.
/// Not thread-safe.
/// </remarks>
public interface IRtpPacketizer
{
    CodecId Codec { get; }

    /// <summary>Largest RTP payload written (the bytes after the 12-byte RTP header).</summary>
    int MaxPayloadSize { get; }

    /// <summary>
    /// Replaces the codec parameters (video: the parameter sets sent before keyframes; the packetizer also follows
    /// the sets access units carry in-band).
    /// </summary>
    void SetParameters(CodecParameters parameters);

    /// <summary>Starts on <paramref name="accessUnit"/>, dropping what is left of the previous one.</summary>
    void Begin(AccessUnit accessUnit);

    /// <summary>
    /// Writes the next payload of the current access unit into <paramref name="destination"/> (at least
    /// <see cref="MaxPayloadSize"/> bytes); false when the access unit is finished.
    /// </summary>
    bool TryWriteNext(Span<byte> destination, out RtpPayloadInfo payload);
}
