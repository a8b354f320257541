namespace Vms.Storage.Segments;

/// <summary>Where one video sample of a segment is and when it was captured, without reading its bytes.</summary>
/// <param name="Fragment">Index of its fragment.</param>
/// <param name="DecodeTime">Decode time in the video timescale, from the segment start.</param>
/// <param name="WallClock">UTC capture time (presentation time through the fragment's prft).</param>
internal readonly record struct VideoSampleRef(int Fragment, long DecodeTime, DateTimeOffset WallClock, bool IsKeyframe);
