namespace Vms.Storage.Export;

/// <summary>One sample chosen for the export: where its bytes are in which source, and its timing.</summary>
internal readonly record struct ExportSample(int Source, long Offset, int Size, uint Duration, int CompositionOffset, bool IsSync, DateTimeOffset WallClock);
