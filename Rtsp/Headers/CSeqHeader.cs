using System.Globalization;

namespace Vms.Rtsp.Headers;

/// <summary>The CSeq header: a non-negative decimal sequence number matching a response to its request.</summary>
public static class CSeqHeader
{
    public static bool TryParse(string? text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return value.ToString(CultureInfo.InvariantCulture);
    }
}
