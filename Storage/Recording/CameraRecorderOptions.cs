using Vms.Storage.Segments;

namespace Vms.Storage.Recording;

/// <summary>How one camera stream is recorded.</summary>
public sealed record CameraRecorderOptions
{
    /// <summary>The camera's id (any text up to 64 characters; escaped for the file system).</summary>
    public required string CameraId { get; init; }

    /// <summary>Which stream of the camera ("main", "sub").</summary>
    public string StreamName { get; init; } = "main";

    public SegmentWriterOptions Segments { get; init; } = new();

    /// <summary>Access units waiting to be written; when full, new ones are dropped and recording resumes at the next keyframe.</summary>
    public int QueueCapacity { get; init; } = 512;

    /// <summary>After a write error (disk full), how long to wait before trying again at the next keyframe.</summary>
    public TimeSpan RetryAfterFailure { get; init; } = TimeSpan.FromSeconds(10);

    public void Validate()
    {
        _ = SegmentNameCodec.Escape(CameraId, nameof(CameraId));
        _ = SegmentNameCodec.Escape(StreamName, nameof(StreamName));
        ArgumentNullException.ThrowIfNull(Segments);
        Segments.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(QueueCapacity, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryAfterFailure, TimeSpan.Zero);
    }
}
