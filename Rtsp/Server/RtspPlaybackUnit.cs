using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>One access unit of a playback, with the index of its track in <see cref="IRtspPlaybackSource.Tracks"/>.</summary>
public readonly record struct RtspPlaybackUnit(int TrackIndex, AccessUnit Unit);
