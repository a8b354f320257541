using Vms.Rtsp.Media;
using Vms.Storage.Segments;

namespace Vms.Storage.Playback;

/// <summary>
/// One recorded access unit. <see cref="AccessUnit.WallClock"/> is its original capture time;
/// <see cref="AccessUnit.Pts"/>/<see cref="AccessUnit.Dts"/> are on the playback timeline: track clock ticks
/// from the first frame the reader delivered (smooth within a segment, anchored on wall clock across
/// segments, so they jump over gaps and go back after a backward seek or in reverse).
/// </summary>
public sealed record PlaybackFrame(MediaTrack Track, AccessUnit Unit, SegmentInfo Segment) : PlaybackItem;
