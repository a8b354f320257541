using System.Globalization;

namespace Vms.Simulators.Faults;

/// <summary>
/// Durations as people write them in a fleet file or a query string: <c>500ms</c>, <c>30s</c>, <c>5m</c>,
/// <c>2h</c>, <c>1d</c>, combinations such as <c>1m30s</c>, a bare number of seconds, and (for offsets) a leading
/// sign. Capped at 366 days; at most 32 characters.
/// </summary>
public static class DurationText
{
    private static readonly TimeSpan Max = TimeSpan.FromDays(366);

    public static bool TryParse(string? text, bool allowSign, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32)
        {
            return false;
        }

        var s = text.Trim();
        var negative = false;
        if (s[0] is '+' or '-')
        {
            if (!allowSign)
            {
                return false;
            }

            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.Length == 0)
        {
            return false;
        }

        if (double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bare))
        {
            return Finish(TimeSpan.FromSeconds(bare), negative, out value);
        }

        var total = 0.0;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (i == start || !double.TryParse(s[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unitStart = i;
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }

            double? seconds = s[unitStart..i].ToLowerInvariant() switch
            {
                "ms" => number / 1000,
                "s" => number,
                "m" or "min" => number * 60,
                "h" => number * 3600,
                "d" => number * 86400,
                _ => null,
            };
            if (seconds is null)
            {
                return false;
            }

            total += seconds.Value;
        }

        return Finish(TimeSpan.FromSeconds(total), negative, out value);
    }

    /// <summary>Writes a duration back in the shortest of these forms (for state output).</summary>
    public static string Format(TimeSpan value)
    {
        var sign = value < TimeSpan.Zero ? "-" : string.Empty;
        var v = value.Duration();
        if (v.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            return sign + v.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + "ms";
        }

        return sign + ((long)v.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
    }

    private static bool Finish(TimeSpan span, bool negative, out TimeSpan value)
    {
        value = negative ? -span : span;
        return span <= Max;
    }
}
