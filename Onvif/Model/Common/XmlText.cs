using System.Globalization;
using System.Xml;

namespace Vms.Onvif.Model.Common;

/// <summary>Schema value formatting and tolerant parsing (invariant culture; errors name where the value was).</summary>
internal static class XmlText
{
    internal static readonly char[] Whitespace = [' ', '\t', '\r', '\n'];

    internal static int ParseInt(string text, string where)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // Some cameras print integers as floats ("25.000000"); accept them when they are whole numbers.
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        throw OnvifMessageException.InvalidValue(where, "an xs:int", text);
    }

    internal static float ParseFloat(string text, string where)
    {
        if (text.Length is > 0 and <= 64
            && float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && float.IsFinite(value))
        {
            return value;
        }

        return text switch
        {
            "INF" => float.PositiveInfinity,
            "-INF" => float.NegativeInfinity,
            "NaN" => float.NaN,
            _ => throw OnvifMessageException.InvalidValue(where, "an xs:float", text),
        };
    }

    /// <summary><c>true</c>/<c>false</c>/<c>1</c>/<c>0</c>; case-insensitive (some cameras write <c>True</c>).</summary>
    internal static bool ParseBool(string text, string where)
    {
        if (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text == "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw OnvifMessageException.InvalidValue(where, "an xs:boolean", text);
    }

    internal static TimeSpan ParseDuration(string text, string where) =>
        XsDuration.TryParse(text, out var value) ? value : throw OnvifMessageException.InvalidValue(where, "an xs:duration", text);

    internal static DateTimeOffset ParseDateTime(string text, string where) =>
        XsDateTime.TryParse(text, out var value) ? value : throw OnvifMessageException.InvalidValue(where, "an xs:dateTime", text);

    internal static T ParseEnum<T>(string text, string where)
        where T : struct, Enum =>
        XmlEnumText<T>.TryParse(text, out var value)
            ? value
            : throw OnvifMessageException.InvalidValue(where, "one of " + string.Join("|", XmlEnumText<T>.AllTexts), text);

    /// <summary>A <c>tt:ReferenceToken</c>: non-empty, at most 64 characters.</summary>
    internal static string CheckToken(string text, string where) =>
        text.Length is > 0 and <= XmlReading.MaxTokenLength
            ? text
            : throw OnvifMessageException.InvalidValue(where, "a token of 1 to 64 characters", text);

    internal static List<string> SplitList(string text, string where)
    {
        var items = text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
        return items.Length <= XmlReading.MaxItems
            ? [.. items]
            : throw OnvifMessageException.InvalidValue(where, $"at most {XmlReading.MaxItems} list items", text);
    }

    internal static string Format(bool value) => value ? "true" : "false";

    internal static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Format(float value) => XmlConvert.ToString(value);

    internal static string Format(TimeSpan value) => XsDuration.Format(value);

    internal static string Format(DateTimeOffset value) => XsDateTime.Format(value);

    internal static string Format<T>(T value)
        where T : struct, Enum => XmlEnumText<T>.Format(value);
}
