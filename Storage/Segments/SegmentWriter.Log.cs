using Microsoft.Extensions.Logging;
using Vms.Rtsp.Media;

namespace Vms.Storage.Segments;

// Event ids 4050-4069: segment writer.
internal sealed partial class SegmentWriter
{
    [LoggerMessage(EventId = 4050, Level = LogLevel.Debug, Message = "{Camera}/{Stream}: segment {Path} opened ({Codec} {Width}x{Height})")]
    private partial void LogSegmentOpened(string camera, string stream, string path, CodecId codec, int width, int height);

    [LoggerMessage(EventId = 4051, Level = LogLevel.Information, Message = "{Camera}/{Stream}: segment {Path} closed ({Seconds:F1} s, {Frames} frames, {Bytes} bytes)")]
    private partial void LogSegmentClosed(string camera, string stream, string path, double seconds, int frames, long bytes);

    [LoggerMessage(EventId = 4052, Level = LogLevel.Warning, Message = "{Camera}/{Stream}: timestamp discontinuity (decode time {Previous} then {Current}); segment closed")]
    private partial void LogDiscontinuity(string camera, string stream, long previous, long current);

    [LoggerMessage(EventId = 4053, Level = LogLevel.Warning, Message = "{Camera}/{Stream}: cannot record {Codec}: {Reason}")]
    private partial void LogInvalidParameters(string camera, string stream, CodecId codec, string reason);

    [LoggerMessage(EventId = 4054, Level = LogLevel.Error, Message = "{Camera}/{Stream}: writing segment {Path} failed")]
    private partial void LogWriteFailed(string camera, string stream, string path, Exception exception);

    [LoggerMessage(EventId = 4055, Level = LogLevel.Warning, Message = "{Camera}/{Stream}: segment {Path} closed early after a write error, {Fragments} whole fragments kept")]
    private partial void LogSegmentSalvaged(string camera, string stream, string path, uint fragments);

    [LoggerMessage(EventId = 4056, Level = LogLevel.Error, Message = "{Camera}/{Stream}: segment {Path} could not be finalized; recovery will finish it")]
    private partial void LogSalvageFailed(string camera, string stream, string path, Exception exception);

    [LoggerMessage(EventId = 4057, Level = LogLevel.Information, Message = "{Camera}/{Stream}: stream parameters changed; segment {Path} ends at this keyframe")]
    private partial void LogParametersChanged(string camera, string stream, string path);

    [LoggerMessage(EventId = 4058, Level = LogLevel.Trace, Message = "{Camera}/{Stream}: fragment {Sequence} written ({Samples} video samples, {Bytes} bytes)")]
    private partial void LogFragmentWritten(string camera, string stream, uint sequence, int samples, long bytes);
}
