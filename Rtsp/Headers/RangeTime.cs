using System.Globalization;
using System.Text;

namespace Vms.Rtsp.Headers;

/// <summary>The time formats of the Range header: npt seconds or hh:mm:ss, clock (ISO 8601 basic, UTC), SMPTE.</summary>
internal static class RangeTime
{
    private const int MaxFractionDigits = 7;

    /// <summary><c>123.45</c> or <c>h:mm:ss[.frac]</c> (hours unbounded); fraction kept to 100 ns.</summary>
    public static bool TryParseNpt(string text, out TimeSpan value)
    {
        value = default;
        if (text.Length is 0 or > 32)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        if (!TryParseFraction(dot < 0 ? string.Empty : text[(dot + 1)..], out var fractionTicks))
        {
            return false;
        }

        var parts = whole.Split(':');
        long seconds;
        if (parts.Length == 1)
        {
            if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out seconds) || seconds > 100_000_000_000)
            {
                return false;
            }
        }
        else if (parts.Length == 3 &&
            long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h < 10_000_000 &&
            parts[1].Length is 1 or 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m < 60 &&
            parts[2].Length is 1 or 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < 60)
        {
            seconds = (h * 3600) + (m * 60) + s;
        }
        else
        {
            return false;
        }

        value = TimeSpan.FromTicks((seconds * TimeSpan.TicksPerSecond) + fractionTicks);
        return true;
    }

    /// <summary>Seconds with the fraction trimmed (<c>0</c>, <c>12.5</c>, <c>3600.0000001</c>).</summary>
    public static string FormatNpt(TimeSpan value)
    {
        var ticks = value.Ticks;
        var sb = new StringBuilder();
        sb.Append((ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture));
        AppendFraction(sb, ticks % TimeSpan.TicksPerSecond);
        return sb.ToString();
    }

    /// <summary><c>YYYYMMDDTHHMMSS[.frac]Z</c>.</summary>
    public static bool TryParseClock(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length is < 16 or > 32 || text[8] != 'T' || (text[^1] != 'Z' && text[^1] != 'z'))
        {
            return false;
        }

        var body = text[..^1];
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var main = dot < 0 ? body : body[..dot];
        if (main.Length != 15 ||
            !TryParseFraction(dot < 0 ? string.Empty : body[(dot + 1)..], out var fractionTicks) ||
            !DateTime.TryParseExact(main, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dateTime))
        {
            return false;
        }

        value = new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)).AddTicks(fractionTicks);
        return true;
    }

    /// <summary>UTC, milliseconds written as three digits when the time has no finer part.</summary>
    public static string FormatClock(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        var sb = new StringBuilder(utc.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
        var fraction = utc.Ticks % TimeSpan.TicksPerSecond;
        if (fraction != 0 && fraction % TimeSpan.TicksPerMillisecond == 0)
        {
            sb.Append('.').Append((fraction / TimeSpan.TicksPerMillisecond).ToString("000", CultureInfo.InvariantCulture));
        }
        else
        {
            AppendFraction(sb, fraction);
        }

        return sb.Append('Z').ToString();
    }

    /// <summary><c>hh:mm:ss[:frames[.subframes]]</c>, each one or two digits.</summary>
    public static bool IsSmpteTime(string text)
    {
        if (text.Length is 0 or > 16)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var main = dot < 0 ? text : text[..dot];
        if (dot >= 0 && (!IsOneOrTwoDigits(text[(dot + 1)..]) || main.Split(':').Length != 4))
        {
            return false;
        }

        var parts = main.Split(':');
        return parts.Length is 3 or 4 && parts.All(IsOneOrTwoDigits);
    }

    private static bool IsOneOrTwoDigits(string s) => s.Length is 1 or 2 && s.All(char.IsAsciiDigit);

    private static bool TryParseFraction(string digits, out long ticks)
    {
        ticks = 0;
        if (digits.Length > 32 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var scale = TimeSpan.TicksPerSecond;
        for (var i = 0; i < Math.Min(digits.Length, MaxFractionDigits); i++)
        {
            scale /= 10;
            ticks += (digits[i] - '0') * scale;
        }

        return true;
    }

    private static void AppendFraction(StringBuilder sb, long fractionTicks)
    {
        if (fractionTicks == 0)
        {
            return;
        }

        sb.Append('.').Append(fractionTicks.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0'));
    }
}
