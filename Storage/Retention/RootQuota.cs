namespace Vms.Storage.Retention;

/// <summary>Space limits of one storage root: at most <see cref="MaxBytes"/> of segments, at least <see cref="MinFreeBytes"/> free.</summary>
public sealed record RootQuota(string Root, long? MaxBytes = null, long? MinFreeBytes = null);
