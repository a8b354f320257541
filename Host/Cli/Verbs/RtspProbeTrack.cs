namespace Vms.Host.Cli.Verbs;

/// <summary>One track of a pulled RTSP stream as <c>vms probe rtsp://…</c> measured it.</summary>
/// <param name="SpsFrameRate">The frame rate the SPS timing information announces, if any.</param>
/// <param name="MeasuredFps">Frames per second from the media timestamps of what arrived.</param>
/// <param name="KeyframeIntervalFrames">Mean frames from one keyframe to the next (needs two keyframes).</param>
internal sealed record RtspProbeTrack(
    int Index,
    string Kind,
    string Codec,
    string? Profile,
    int? Width,
    int? Height,
    double? SpsFrameRate,
    double? MeasuredFps,
    double? BitrateKbps,
    long Frames,
    int Keyframes,
    double? KeyframeIntervalFrames,
    double? KeyframeIntervalSeconds,
    long LostPackets);
