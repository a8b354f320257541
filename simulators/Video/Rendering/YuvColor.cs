namespace Vms.Simulators.Video.Rendering;

/// <summary>A colour as 8-bit limited-range BT.601 Y′CbCr (Y 16–235, Cb/Cr 16–240), the space the stream signals.</summary>
internal readonly record struct YuvColor(byte Y, byte U, byte V)
{
    /// <summary>Converts full-range sRGB-like 8-bit RGB with the BT.601 matrix (ITU-R BT.601 §2.5.3, studio range).</summary>
    public static YuvColor FromRgb(byte r, byte g, byte b)
    {
        var y = 16.0 + (((65.481 * r) + (128.553 * g) + (24.966 * b)) / 255.0);
        var u = 128.0 + (((-37.797 * r) - (74.203 * g) + (112.0 * b)) / 255.0);
        var v = 128.0 + (((112.0 * r) - (93.786 * g) - (18.214 * b)) / 255.0);
        return new YuvColor(Clamp(y, 16, 235), Clamp(u, 16, 240), Clamp(v, 16, 240));
    }

    public static YuvColor FromRgb(RgbColor color) => FromRgb(color.R, color.G, color.B);

    /// <summary>A neutral grey of the given luma.</summary>
    public static YuvColor Gray(byte luma) => new(luma, 128, 128);

    private static byte Clamp(double value, int min, int max) => (byte)Math.Clamp((int)Math.Round(value), min, max);
}
