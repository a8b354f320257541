namespace Vms.Storage.Export;

/// <summary>A finished export: its folder, the MP4 and manifest paths, and the manifest.</summary>
public sealed record ExportResult(string Folder, string VideoPath, string ManifestPath, ExportManifest Manifest);
