namespace Vms.Rtsp.Sdp;

/// <summary>Caps of <see cref="SdpReader"/>.</summary>
public sealed record SdpReaderOptions
{
    public static SdpReaderOptions Default { get; } = new();

    /// <summary>Whole description (the RTSP body cap is 64 KiB too).</summary>
    public int MaxBytes { get; init; } = 64 * 1024;

    public int MaxLines { get; init; } = 2000;

    public int MaxLineLength { get; init; } = 16 * 1024;

    public int MaxMedia { get; init; } = 64;

    /// <summary><c>a=</c> lines per section (session or one media).</summary>
    public int MaxAttributesPerSection { get; init; } = 512;
}
