namespace Vms.Storage.Playback;

/// <summary>How a recording is played back.</summary>
public sealed record PlaybackOptions
{
    public PlaybackPace Pace { get; init; } = PlaybackPace.RealTime;

    public PlaybackDirection Direction { get; init; } = PlaybackDirection.Forward;

    /// <summary>Speed factor for <see cref="PlaybackPace.RealTime"/> (RTSP Scale), between 1/16 and 64.</summary>
    public double Rate { get; init; } = 1.0;

    /// <summary>A hole between two segments longer than this is reported as a <see cref="PlaybackGap"/>.</summary>
    public TimeSpan GapTolerance { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Playback ends at this instant (forward) or before it (reverse); null plays to the end of the recording.</summary>
    public DateTimeOffset? StopUtc { get; init; }

    /// <summary>How much time each lookup query covers.</summary>
    public TimeSpan LookupWindow { get; init; } = TimeSpan.FromHours(1);

    public bool IncludeAudio { get; init; } = true;

    public void Validate()
    {
        if (Rate is < 1.0 / 16 or > 64 || double.IsNaN(Rate))
        {
            throw new ArgumentOutOfRangeException(nameof(Rate), Rate, "must be between 1/16 and 64");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(GapTolerance, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(LookupWindow, TimeSpan.FromMinutes(1));
    }
}
