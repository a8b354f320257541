namespace Vms.Storage.Segments;

/// <summary>A <c>.part</c> file recovery deleted because it held no complete fragment.</summary>
/// <param name="RelativePath">The deleted file (with its <c>.part</c> suffix).</param>
/// <param name="Bytes">Its size before deletion.</param>
/// <param name="Reason">Why nothing could be kept.</param>
public sealed record RemovedSegment(string RelativePath, long Bytes, string Reason);
