namespace Vms.Simulators.Video;

/// <summary>Counters of a <see cref="SyntheticVideoSource"/> since it was created.</summary>
/// <param name="Frames">Access units produced.</param>
/// <param name="Keyframes">Of which IDR access units.</param>
/// <param name="DroppedFrames">Frame slots skipped because the source was polled late (like a camera dropping frames under load).</param>
/// <param name="Bytes">NAL unit bytes produced (without start codes or length prefixes).</param>
/// <param name="PcmMacroblocks">Changed macroblocks sent as I_PCM.</param>
/// <param name="IntraMacroblocks">Changed macroblocks sent as Intra 16×16 with a DC-only residual.</param>
/// <param name="RefreshMacroblocks">Unchanged macroblocks re-sent as I_PCM to meet the target bitrate.</param>
/// <param name="SkippedMacroblocks">P_Skip macroblocks.</param>
public readonly record struct VideoSourceStatistics(
    long Frames,
    long Keyframes,
    long DroppedFrames,
    long Bytes,
    long PcmMacroblocks,
    long IntraMacroblocks,
    long RefreshMacroblocks,
    long SkippedMacroblocks);
