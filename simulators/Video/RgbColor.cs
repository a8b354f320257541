namespace Vms.Simulators.Video;

/// <summary>An 8-bit RGB colour (e.g. a privacy mask's fill colour). Converted to BT.601 Y′CbCr when drawn.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    public static RgbColor Black => new(0, 0, 0);

    public static RgbColor Gray => new(128, 128, 128);

    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";
}
