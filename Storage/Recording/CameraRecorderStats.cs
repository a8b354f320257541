namespace Vms.Storage.Recording;

/// <summary>A snapshot of a recorder's counters.</summary>
/// <param name="FramesWritten">Video and audio samples written to segment files.</param>
/// <param name="FramesDropped">Units dropped because the queue was full or recording was suspended.</param>
/// <param name="FramesSkipped">Units not recorded: waiting for a keyframe, after a gap, unsupported tracks.</param>
/// <param name="BytesWritten">Bytes written to segment files.</param>
/// <param name="Lag">How long the last unit waited between <see cref="CameraRecorder.Post"/> and the writer.</param>
/// <param name="QueuedUnits">Units waiting now.</param>
/// <param name="CurrentSegment">Relative path of the open segment.</param>
public sealed record CameraRecorderStats(
    RecorderState State,
    long FramesWritten,
    long FramesDropped,
    long FramesSkipped,
    long BytesWritten,
    long SegmentsClosed,
    TimeSpan Lag,
    int QueuedUnits,
    string? CurrentSegment,
    Exception? LastError,
    DateTimeOffset? LastErrorUtc);
