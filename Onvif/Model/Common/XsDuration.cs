using System.Globalization;
using System.Text;

namespace Vms.Onvif.Model.Common;

/// <summary>Reads and writes <c>xs:duration</c> (<c>PT10S</c>, <c>PT1M30.5S</c>, <c>P30D</c>, <c>-PT5S</c>).</summary>
/// <remarks>Years and months have no fixed length; readers count a year as 365 days and a month as 30 days (ONVIF
/// uses them only for retention-like values). The writer never emits them: days, hours, minutes and seconds only.</remarks>
public static class XsDuration
{
    /// <summary>Longest text accepted; longer input is refused without being scanned.</summary>
    public const int MaxLength = 64;

    // TimeSpan holds about 9.2e11 seconds; anything larger is refused before it can overflow.
    private const decimal MaxSeconds = 900_000_000_000m;

    /// <summary>Parses an <c>xs:duration</c>; surrounding whitespace is ignored.</summary>
    /// <exception cref="FormatException">The text is not an <c>xs:duration</c> or does not fit a <see cref="TimeSpan"/>.</exception>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"not an xs:duration: '{text}'");

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (text is null || text.Length > MaxLength)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        var negative = false;
        if (s.Length > 0 && s[0] == '-')
        {
            negative = true;
            s = s[1..];
        }

        if (s.Length < 2 || s[0] != 'P')
        {
            return false;
        }

        s = s[1..];
        decimal seconds = 0;
        var inTime = false;
        var anyComponent = false;
        var anyTimeComponent = false;
        var lastRank = -1;
        while (s.Length > 0)
        {
            if (s[0] == 'T')
            {
                if (inTime)
                {
                    return false;
                }

                inTime = true;
                s = s[1..];
                continue;
            }

            var numberLength = 0;
            while (numberLength < s.Length && (char.IsAsciiDigit(s[numberLength]) || s[numberLength] == '.'))
            {
                numberLength++;
            }

            if (numberLength == 0 || numberLength == s.Length)
            {
                return false;
            }

            var number = s[..numberLength];
            var designator = s[numberLength];
            s = s[(numberLength + 1)..];
            var (rank, unitSeconds) = (inTime, designator) switch
            {
                (false, 'Y') => (0, 365m * 86400),
                (false, 'M') => (1, 30m * 86400),
                (false, 'D') => (2, 86400m),
                (true, 'H') => (3, 3600m),
                (true, 'M') => (4, 60m),
                (true, 'S') => (5, 1m),
                _ => (-1, 0m),
            };
            if (rank <= lastRank || (number.Contains('.') && rank != 5) || number[0] == '.' || number[^1] == '.')
            {
                return false;
            }

            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                || amount > MaxSeconds)
            {
                return false;
            }

            seconds += amount * unitSeconds;
            if (seconds > MaxSeconds)
            {
                return false;
            }

            lastRank = rank;
            anyComponent = true;
            anyTimeComponent |= inTime;
        }

        if (!anyComponent || (inTime && !anyTimeComponent))
        {
            return false;
        }

        var ticks = decimal.Round(seconds * TimeSpan.TicksPerSecond);
        value = TimeSpan.FromTicks(negative ? -(long)ticks : (long)ticks);
        return true;
    }

    /// <summary>Writes the canonical form we emit: <c>PT0S</c>, <c>PT5S</c>, <c>PT1M30S</c>, <c>P30D</c>,
    /// <c>P1DT2H</c>, <c>PT0.25S</c>.</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "PT0S";
        }

        var text = new StringBuilder(24);
        if (value < TimeSpan.Zero)
        {
            text.Append('-');
            value = value == TimeSpan.MinValue ? TimeSpan.MaxValue : value.Negate();
        }

        text.Append('P');
        if (value.Days > 0)
        {
            text.Append(value.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        var fraction = value.Ticks % TimeSpan.TicksPerSecond;
        if (value.Hours > 0 || value.Minutes > 0 || value.Seconds > 0 || fraction > 0)
        {
            text.Append('T');
            if (value.Hours > 0)
            {
                text.Append(value.Hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (value.Minutes > 0)
            {
                text.Append(value.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (value.Seconds > 0 || fraction > 0)
            {
                text.Append(value.Seconds.ToString(CultureInfo.InvariantCulture));
                if (fraction > 0)
                {
                    text.Append('.').Append(fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                text.Append('S');
            }
        }

        return text.ToString();
    }
}
