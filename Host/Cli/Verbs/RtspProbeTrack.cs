namespace Vms.Host.Cli.Verbs;

/// <summary>One track of a pulled RTSP stream as <c>vms probe rtsp://…</c> measured it.</summary>
/// <param name="SpsFrameRate">The frame rate the SPS timing information announces, if any.</param>
/// <param name="MeasuredFps">Frames that arrived per second of media time (lower than <paramref name="TimestampFps"/> when the camera skips frames).</param>
/// <param name="TimestampFps">The encoder's frame rate: the RTP clock over the median timestamp step.</param>
/// <param name="KeyframeIntervalFrames">Mean keyframe spacing in frames at <paramref name="TimestampFps"/> (needs two keyframes).</param>
/// <param name="KeyframeIntervalSeconds">Mean keyframe spacing in media time.</param>
internal sealed record RtspProbeTrack(
    int Index,
    string Kind,
    string Codec,
    string? Profile,
    int? Width,
    int? Height,
    double? SpsFrameRate,
    double? MeasuredFps,
    double? TimestampFps,
    double? BitrateKbps,
    long Frames,
    int Keyframes,
    double? KeyframeIntervalFrames,
    double? KeyframeIntervalSeconds,
    long LostPackets);
