namespace Vms.Rtsp.Server;

/// <summary>Where a playback really starts after a seek: its offset from the start and, for recordings, its UTC time.</summary>
/// <param name="Npt">Offset from the start of the content.</param>
/// <param name="Clock">The UTC time of that point, when the content has one.</param>
public readonly record struct RtspPlaybackPosition(TimeSpan Npt, DateTimeOffset? Clock = null);
