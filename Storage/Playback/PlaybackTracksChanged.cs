using Vms.Rtsp.Media;

namespace Vms.Storage.Playback;

/// <summary>The tracks of the frames that follow (first item of a playback, and whenever the recorded codec or parameters change).</summary>
public sealed record PlaybackTracksChanged(IReadOnlyList<MediaTrack> Tracks) : PlaybackItem;
