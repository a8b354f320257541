using Vms.Rtsp.Media;

namespace Vms.Storage.Segments;

/// <summary>
/// One sample read back from a segment: its track and the access unit (NAL units without length prefixes;
/// <see cref="AccessUnit.Pts"/>/<see cref="AccessUnit.Dts"/> in the track's clock from the segment start;
/// <see cref="AccessUnit.WallClock"/> from the fragment's producer reference time).
/// </summary>
public sealed record StoredSample(MediaTrack Track, AccessUnit Unit);
