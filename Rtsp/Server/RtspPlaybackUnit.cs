using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>One access unit of a playback, with the index of its track in <see cref="IRtspPlaybackSource.Tracks"/>.</summary>
public readonly record struct RtspPlaybackUnit(int TrackIndex, AccessUnit Unit)
{
    /// <summary>
    /// True for the first unit after a hole in the recordings (the source squeezed it out of the timestamps). ONVIF
    /// replay marks the last unit before it E and this one D; without it a jump of the units' wall clock beyond
    /// their timestamps is taken as a gap.
    /// </summary>
    public bool FollowsGap { get; init; }
}
