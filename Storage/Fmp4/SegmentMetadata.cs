using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4;

/// <summary>
/// What a segment says about itself in its metadata box: which camera stream it records, when it starts in UTC,
/// where that time comes from, and the stream's parameters.
/// </summary>
internal sealed record SegmentMetadata(
    string CameraId,
    string StreamName,
    DateTimeOffset StartUtc,
    WallClockSource WallClock,
    IReadOnlyList<SegmentTrackMetadata> Tracks)
{
    /// <summary>Version of the metadata payload written by this code.</summary>
    public const int CurrentVersion = 1;

    public bool Equals(SegmentMetadata? other) =>
        other is not null && CameraId == other.CameraId && StreamName == other.StreamName && StartUtc == other.StartUtc &&
        WallClock == other.WallClock && Tracks.SequenceEqual(other.Tracks);

    public override int GetHashCode() => HashCode.Combine(CameraId, StreamName, StartUtc);
}
