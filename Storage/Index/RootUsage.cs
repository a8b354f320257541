namespace Vms.Storage.Index;

/// <summary>What the indexed segments of one storage root occupy.</summary>
public sealed record RootUsage(string Root, long Segments, long Bytes);
