namespace Vms.Host.Api.Exports;

/// <summary>One file of a finished export: its name in the export folder and its size.</summary>
internal sealed record ExportFile(string Name, long Bytes);
