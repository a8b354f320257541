namespace Vms.Storage.Segments;

/// <summary>How segments are cut and flushed.</summary>
public sealed record SegmentWriterOptions
{
    /// <summary>Media duration after which the next keyframe starts a new segment.</summary>
    public TimeSpan MaxSegmentDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest fragment: a new fragment starts at each keyframe or after this much media.</summary>
    public TimeSpan MaxFragmentDuration { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest fragment in bytes (a fragment is written early rather than grow past it).</summary>
    public int MaxFragmentBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Largest access unit accepted.</summary>
    public int MaxSampleBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>A decode-time step larger than this (or any step backwards) is a discontinuity: the segment is closed.</summary>
    public TimeSpan MaxTimestampJump { get; init; } = TimeSpan.FromSeconds(10);

    public FsyncPolicy Fsync { get; init; } = FsyncPolicy.PerFragment;

    /// <summary>Longest time between flushes with <see cref="FsyncPolicy.Periodic"/>.</summary>
    public TimeSpan FsyncInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxSegmentDuration < TimeSpan.FromSeconds(1) || MaxSegmentDuration > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSegmentDuration), MaxSegmentDuration, "must be between 1 s and 1 h");
        }

        if (MaxFragmentDuration < TimeSpan.FromMilliseconds(100) || MaxFragmentDuration > MaxSegmentDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFragmentDuration), MaxFragmentDuration, "must be between 100 ms and the segment duration");
        }

        if (MaxFragmentBytes < 64 * 1024 || MaxSampleBytes < 1024 || MaxSampleBytes > MaxFragmentBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFragmentBytes), MaxFragmentBytes, "fragment ≥ 64 KiB and ≥ the largest sample");
        }

        if (MaxTimestampJump <= TimeSpan.Zero || FsyncInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTimestampJump), "timestamp jump and fsync interval must be positive");
        }
    }
}
