namespace Vms.Storage.Segments;

/// <summary>What a segment's relative path says: camera, stream, UTC start (millisecond precision), and whether
/// the file is still being written (<c>.part</c>).</summary>
public readonly record struct SegmentPath(string CameraId, string StreamName, DateTimeOffset StartUtc, bool IsPartial);
