namespace Vms.Rtsp.Payloads;

/// <summary>How packetizers cut access units.</summary>
public sealed record RtpPacketizerOptions
{
    /// <summary>The default <see cref="MaxPayloadSize"/>.</summary>
    public const int DefaultMaxPayloadSize = 1400;

    /// <summary>
    /// Largest RTP payload in bytes: what follows the 12-byte RTP header (no CSRC or extension is written). With the
    /// default 1400 an RTP packet is at most 1412 bytes, a UDP/IPv4 datagram 1440 and an interleaved TCP frame 1416,
    /// which fits a 1500-byte Ethernet MTU with room for tunnels and VPNs.
    /// </summary>
    public int MaxPayloadSize { get; init; } = DefaultMaxPayloadSize;

    /// <summary>
    /// Video: before an access unit holding a keyframe, send the known parameter sets (SPS/PPS, and VPS for H.265)
    /// unless the access unit already carries them, so a receiver can start decoding at any keyframe.
    /// </summary>
    public bool InsertParameterSets { get; init; } = true;

    /// <summary>Video: send consecutive parameter sets in one aggregation packet (STAP-A / AP) when they fit.</summary>
    public bool AggregateParameterSets { get; init; }

    /// <summary>
    /// H.264 packetization-mode (RFC 6184 §6.2): 1 (non-interleaved: single NAL units, STAP-A, FU-A) or 0 (single NAL
    /// units only; a NAL unit larger than <see cref="MaxPayloadSize"/> is then an error).
    /// </summary>
    public int PacketizationMode { get; init; } = 1;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxPayloadSize is < 32 or > 65_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPayloadSize), MaxPayloadSize, "32..65000 bytes");
        }

        if (PacketizationMode is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(PacketizationMode), PacketizationMode, "0 or 1 (interleaved mode 2 is not supported)");
        }
    }
}
