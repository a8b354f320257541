namespace Vms.Rtsp.Headers;

/// <summary>The Scale header (RFC 2326 §12.34): playback rate, negative for reverse (ONVIF replay uses ±1.0).</summary>
public static class ScaleHeader
{
    public static bool TryParse(string? text, out double value) => RtspNumber.TryParse(text, allowNegative: true, out value);

    public static string Format(double value) => RtspNumber.Format(value);
}
