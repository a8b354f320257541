namespace Vms.Storage.Export;

/// <summary>A run of samples stored back to back in one source file; becomes one chunk of the export.</summary>
internal readonly record struct ExportChunk(int Source, long SourceOffset, long Length, int SampleCount);
