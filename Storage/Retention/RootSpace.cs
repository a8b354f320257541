namespace Vms.Storage.Retention;

/// <summary>A storage root's state for planning: bytes of indexed segments on it and free bytes of its volume (null when unknown).</summary>
public sealed record RootSpace(long UsedBytes, long? FreeBytes);
