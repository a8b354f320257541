namespace Vms.Rtsp.Rtp;

/// <summary>How an <see cref="RtpTrackReceiver"/> receives one track.</summary>
public sealed record RtpTrackReceiverOptions
{
    /// <summary>Sequence numbers the reorder window spans (UDP); 1 disables reordering.</summary>
    public int ReorderCapacity { get; init; } = 64;

    /// <summary>Longest wait for a missing packet before it is declared lost (UDP reordering latency).</summary>
    public TimeSpan ReorderDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>RFC 3550 §A.1 probation: sequential packets needed before a source is valid (0 = none).</summary>
    public int MinSequential { get; init; }

    /// <summary>The SSRC announced by SETUP, when there was one: packets of other sources are refused. When null
    /// the first source is taken, and a new one replaces it (a camera that restarted).</summary>
    public uint? ExpectedSsrc { get; init; }

    /// <summary>The payload type announced by SDP, when known: packets of other types are refused.</summary>
    public byte? PayloadType { get; init; }

    /// <summary>Our SSRC in receiver reports (random when null).</summary>
    public uint? LocalSsrc { get; init; }

    /// <summary>Our CNAME in receiver reports.</summary>
    public string CanonicalName { get; init; } = "vms";

    /// <summary>Largest access unit accepted (video).</summary>
    public int MaxAccessUnitSize { get; init; } = 8 * 1024 * 1024;
}
