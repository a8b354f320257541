namespace Vms.Storage.Index;

/// <summary>What one camera (all its streams) occupies: segments, bytes, oldest/newest instants, UTC days with recordings.</summary>
public sealed record CameraUsage(
    string CameraId,
    long Segments,
    long Bytes,
    DateTimeOffset? Oldest,
    DateTimeOffset? Newest,
    int DaysWithRecordings);
