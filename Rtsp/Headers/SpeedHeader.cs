namespace Vms.Rtsp.Headers;

/// <summary>The Speed header (RFC 2326 §12.35): delivery speed, a positive number.</summary>
public static class SpeedHeader
{
    public static bool TryParse(string? text, out double value) =>
        RtspNumber.TryParse(text, allowNegative: false, out value) && value > 0;

    public static string Format(double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return RtspNumber.Format(value);
    }
}
