using System.Globalization;
using System.Xml;

namespace Vms.Onvif.Model.Common;

/// <summary>Reads and writes <c>xs:dateTime</c>. We always write UTC with <c>Z</c>
/// (<c>2026-07-01T10:00:03.12Z</c>); readers accept any offset, and a time without one is taken as UTC.</summary>
public static class XsDateTime
{
    /// <summary>Longest text accepted.</summary>
    public const int MaxLength = 64;

    /// <exception cref="FormatException">The text is not an <c>xs:dateTime</c>.</exception>
    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"not an xs:dateTime: '{text}'");

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || text.Length > MaxLength)
        {
            return false;
        }

        var s = text.Trim();
        var t = s.IndexOf('T', StringComparison.Ordinal);
        if (t < 10)
        {
            return false;
        }

        var zone = s.AsSpan(t).IndexOfAny('Z', '+', '-');
        if (zone < 0)
        {
            // No zone designator: ONVIF says UTC, so read it as UTC rather than as local time.
            s += "Z";
        }

        try
        {
            value = XmlConvert.ToDateTimeOffset(s).ToUniversalTime();
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>UTC, <c>Z</c> suffix, fraction only when non-zero.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
