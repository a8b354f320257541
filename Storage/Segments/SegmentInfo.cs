using Vms.Rtsp.Media;

namespace Vms.Storage.Segments;

/// <summary>
/// What the index knows of one closed (or recovered) segment file. Every field can be read back from the
/// file itself (its metadata box and fragments), which is what makes the index rebuildable.
/// </summary>
/// <param name="CameraId">The camera's id (safe file-name characters).</param>
/// <param name="StreamName">Which stream of the camera ("main", "sub").</param>
/// <param name="StartUtc">UTC instant of the first sample.</param>
/// <param name="EndUtc">UTC instant at which the last sample ends.</param>
/// <param name="RelativePath">Path below the storage root, with '/' separators.</param>
/// <param name="Bytes">File size in bytes.</param>
/// <param name="Codec">Video codec.</param>
/// <param name="Width">Picture width in pixels.</param>
/// <param name="Height">Picture height in pixels.</param>
/// <param name="FrameCount">Number of video samples.</param>
/// <param name="KeyframeCount">Number of video keyframes (one per fragment or more).</param>
public sealed record SegmentInfo(
    string CameraId,
    string StreamName,
    DateTimeOffset StartUtc,
    DateTimeOffset EndUtc,
    string RelativePath,
    long Bytes,
    CodecId Codec,
    int Width,
    int Height,
    int FrameCount,
    int KeyframeCount)
{
    public TimeSpan Duration => EndUtc - StartUtc;
}
