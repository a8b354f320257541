namespace Vms.Storage.Fmp4.Reading;

/// <summary>The complete fragments of a file and where the valid part of the file ends.</summary>
/// <param name="CompleteLength">Bytes from the start of the file through the last complete fragment.</param>
/// <param name="Problem">What was wrong at <paramref name="CompleteLength"/> when <paramref name="Stop"/> is not EndOfFile.</param>
internal sealed record Fmp4ScanResult(IReadOnlyList<Fmp4Fragment> Fragments, long CompleteLength, Fmp4ScanStop Stop, string? Problem);
