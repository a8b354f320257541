using System.Globalization;

namespace Vms.Rtsp.Headers;

/// <summary>Decimal numbers of Scale and Speed: <c>[-]digits[.digits]</c>, finite.</summary>
internal static class RtspNumber
{
    public static bool TryParse(string? text, bool allowNegative, out double value)
    {
        value = 0;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s.Length > 32)
        {
            return false;
        }

        var body = s[0] == '-' && allowNegative ? s[1..] : s;
        if (body.Length == 0 || body[0] == '.' || body[^1] == '.' || body.Count(c => c == '.') > 1 ||
            !body.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return false;
        }

        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) &&
            double.IsFinite(value);
    }

    /// <summary>Shortest text that reads back to the same value, always with a decimal point (<c>1.0</c>, <c>-0.5</c>).</summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Not a finite number.");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            text = value.ToString("0.0###############", CultureInfo.InvariantCulture);
        }

        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }
}
