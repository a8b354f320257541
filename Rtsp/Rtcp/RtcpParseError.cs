namespace Vms.Rtsp.Rtcp;

/// <summary>Why a datagram is not a usable RTCP compound packet (RFC 3550 §6.1, §A.2).</summary>
public enum RtcpParseError
{
    None,

    /// <summary>No bytes, or fewer than one 4-byte RTCP header.</summary>
    TooShort,

    /// <summary>A packet's version field is not 2.</summary>
    UnsupportedVersion,

    /// <summary>A packet's length field runs past the end of the datagram.</summary>
    LengthOverrun,

    /// <summary>The padding count is zero or larger than the packet.</summary>
    InvalidPadding,

    /// <summary>A sender report shorter than its report count needs.</summary>
    MalformedSenderReport,

    /// <summary>A receiver report shorter than its report count needs.</summary>
    MalformedReceiverReport,

    /// <summary>A source description whose chunks or items run past the packet.</summary>
    MalformedSourceDescription,

    /// <summary>A BYE whose SSRC list or reason runs past the packet.</summary>
    MalformedGoodbye,

    /// <summary>More packets in one compound than <see cref="RtcpCompoundPacket.MaxPackets"/>.</summary>
    TooManyPackets,
}
