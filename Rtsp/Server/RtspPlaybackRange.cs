namespace Vms.Rtsp.Server;

/// <summary>
/// The span of a playback. <see cref="Duration"/> gives the normal-play-time range <c>npt=0-Duration</c>;
/// <see cref="Start"/>/<see cref="End"/> (UTC) give the absolute range <c>clock=Start-End</c> for recordings.
/// </summary>
public sealed record RtspPlaybackRange(TimeSpan? Duration, DateTimeOffset? Start = null, DateTimeOffset? End = null);
