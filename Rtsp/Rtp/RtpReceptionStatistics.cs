namespace Vms.Rtsp.Rtp;

/// <summary>
/// Reception figures of one source (RFC 3550 §6.4.1, computed as in §A.3 and §A.8).
/// </summary>
/// <param name="ExtendedHighestSequence">Highest sequence number received, with the wrap count in the high 16 bits.</param>
/// <param name="Expected">Packets expected since the first one: extended highest − base + 1.</param>
/// <param name="Received">Packets received (duplicates included, so <paramref name="CumulativeLost"/> may be negative).</param>
/// <param name="CumulativeLost">Expected − received.</param>
/// <param name="FractionLost">Lost fraction of the last report interval in 1/256 (0 when none or negative).</param>
/// <param name="Jitter">Interarrival jitter in timestamp units.</param>
public readonly record struct RtpReceptionStatistics(
    uint ExtendedHighestSequence,
    long Expected,
    long Received,
    long CumulativeLost,
    byte FractionLost,
    uint Jitter);
