namespace Vms.Storage.Export;

/// <summary>A source segment an export was built from, with the SHA-256 of the whole file at export time.</summary>
/// <param name="Path">The segment as <c>root:relative/path</c>.</param>
public sealed record ExportedSegment(string Path, DateTimeOffset StartUtc, DateTimeOffset EndUtc, long Bytes, string Sha256);
