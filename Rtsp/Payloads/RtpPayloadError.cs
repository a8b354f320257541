namespace Vms.Rtsp.Payloads;

/// <summary>Why a depacketizer refused (part of) an RTP payload. Each is counted; none is thrown.</summary>
public enum RtpPayloadError
{
    None,

    /// <summary>An empty payload, or one shorter than its own structure needs.</summary>
    Truncated,

    /// <summary>A packet type this implementation does not take (H.264 STAP-B, MTAP, FU-B; H.265 PACI, reserved types).</summary>
    UnsupportedPacketType,

    /// <summary>The NAL unit header has its forbidden bit set.</summary>
    ForbiddenBit,

    /// <summary>An aggregation packet whose sizes run past the payload or announce an empty NAL unit.</summary>
    InvalidAggregation,

    /// <summary>A fragment that continues or ends a NAL unit whose start was never seen.</summary>
    FragmentWithoutStart,

    /// <summary>A fragmented NAL unit cut short by another start, another packet type or a new timestamp.</summary>
    FragmentInterrupted,

    /// <summary>An access unit above the size or NAL-count limit.</summary>
    AccessUnitTooLarge,

    /// <summary>AAC: AU headers that do not fit the payload or sizes beyond the data.</summary>
    InvalidAuHeaders,
}
