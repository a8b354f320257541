namespace Vms.Rtsp.Rtp;

/// <summary>Why a datagram is not a valid RTP packet (RFC 3550 §5.1, validity checks of §A.1).</summary>
public enum RtpParseError
{
    None,

    /// <summary>Shorter than the 12-byte fixed header.</summary>
    TooShort,

    /// <summary>The version field is not 2.</summary>
    UnsupportedVersion,

    /// <summary>The CSRC count runs past the end of the packet.</summary>
    CsrcListTruncated,

    /// <summary>The header extension length runs past the end of the packet.</summary>
    ExtensionTruncated,

    /// <summary>The padding count is zero or larger than what follows the header.</summary>
    InvalidPadding,
}
