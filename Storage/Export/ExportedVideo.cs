namespace Vms.Storage.Export;

/// <summary>The exported MP4: its file name in the export folder, size, SHA-256 and what it holds.</summary>
public sealed record ExportedVideo(
    string File,
    long Bytes,
    string Sha256,
    string Codec,
    int Width,
    int Height,
    int Frames,
    int Keyframes,
    long DurationUs);
