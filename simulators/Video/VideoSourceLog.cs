
namespace Vms.Simulators.Video;

/// <summary>Log events of the synthetic video sources (event ids 6000–6019).</summary>
internal static partial class VideoSourceLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Debug, Message = "Synthetic video for {Camera}: {Width}x{Height} at {Fps} fps, GOP {Gop}, target {BitrateKbps} kbit/s, {Profile} level {Level}")]
    public static partial void Configured(ILogger logger, string camera, int width, int height, int fps, int gop, int bitrateKbps, H264Profile profile, double level);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Synthetic video for {Camera}: new settings {Width}x{Height} at {Fps} fps, GOP {Gop}, target {BitrateKbps} kbit/s applied at IDR frame {Frame}")]
    public static partial void SettingsApplied(ILogger logger, string camera, int width, int height, int fps, int gop, int bitrateKbps, long frame);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug, Message = "Synthetic video for {Camera}: keyframe requested")]
    public static partial void KeyframeRequested(ILogger logger, string camera);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Synthetic video for {Camera}: the scene alone needs more than the {BitrateKbps} kbit/s target at {Width}x{Height}; the stream runs above target")]
    public static partial void TargetBelowScene(ILogger logger, string camera, int bitrateKbps, int width, int height);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Debug, Message = "Synthetic video for {Camera}: {Count} frames dropped, polled {LateMs:F0} ms late")]
    public static partial void FramesDropped(ILogger logger, string camera, long count, double lateMs);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Synthetic video for {Camera}: the clock jumped by {JumpSeconds:F3} s; the frame schedule restarts from now")]
    public static partial void ClockJumped(ILogger logger, string camera, double jumpSeconds);
}
