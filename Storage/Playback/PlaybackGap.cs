namespace Vms.Storage.Playback;

/// <summary>Nothing was recorded between <paramref name="FromUtc"/> and <paramref name="ToUtc"/> (reported, never silently joined).</summary>
public sealed record PlaybackGap(DateTimeOffset FromUtc, DateTimeOffset ToUtc) : PlaybackItem
{
    public TimeSpan Duration => ToUtc - FromUtc;
}
