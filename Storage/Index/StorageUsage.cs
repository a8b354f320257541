namespace Vms.Storage.Index;

/// <summary>The whole index: totals over every camera and root.</summary>
public sealed record StorageUsage(
    long Segments,
    long Bytes,
    DateTimeOffset? Oldest,
    DateTimeOffset? Newest,
    int DaysWithRecordings,
    IReadOnlyList<CameraUsage> Cameras,
    IReadOnlyList<RootUsage> Roots);
