using System.Globalization;
using System.Text;

namespace Vms.Rtsp.Headers;

/// <summary>Splitting and quoting helpers shared by the typed header parsers.</summary>
internal static class HeaderSyntax
{
    /// <summary>Upper bound on list items any header parser accepts (caps work on hostile input).</summary>
    public const int MaxItems = 64;

    /// <summary>Splits <paramref name="text"/> on <paramref name="separator"/> outside double quotes; items are trimmed, empty ones dropped.</summary>
    public static List<string> Split(string text, char separator)
    {
        var items = new List<string>();
        var inQuotes = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && inQuotes)
            {
                i++;
            }
            else if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == separator && !inQuotes)
            {
                AddTrimmed(items, text, start, i);
                start = i + 1;
            }
        }

        AddTrimmed(items, text, start, text.Length);
        return items;
    }

    /// <summary>Splits <c>name=value</c> (value null when there is no '='); the name is trimmed, the value trimmed and unquoted.</summary>
    public static (string Name, string? Value) SplitParameter(string item)
    {
        var eq = item.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            return (item.Trim(), null);
        }

        return (item[..eq].Trim(), Unquote(item[(eq + 1)..].Trim()));
    }

    /// <summary>True when every double quote is closed (backslash escapes inside quotes honoured).</summary>
    public static bool HasBalancedQuotes(string text)
    {
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && inQuotes)
            {
                i++;
            }
            else if (text[i] == '"')
            {
                inQuotes = !inQuotes;
            }
        }

        return !inQuotes;
    }

    /// <summary>A value that can be written unquoted between ';' separators (no separators, quotes, spaces or controls).</summary>
    public static bool IsPlainValue(string value)
    {
        foreach (var c in value)
        {
            if (c <= ' ' || c is ';' or ',' or '"' or '\\' or (char)127)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits <c>name=value</c> keeping the value as written (trimmed, quotes kept).</summary>
    public static (string Name, string? Value) SplitRaw(string item)
    {
        var eq = item.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (item.Trim(), null) : (item[..eq].Trim(), item[(eq + 1)..].Trim());
    }

    /// <summary>Removes surrounding double quotes and backslash escapes; returns the text unchanged when not quoted.</summary>
    public static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value;
        }

        var inner = value.AsSpan(1, value.Length - 2);
        if (inner.IndexOf('\\') < 0)
        {
            return inner.ToString();
        }

        var sb = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                i++;
            }

            sb.Append(inner[i]);
        }

        return sb.ToString();
    }

    /// <summary>A quoted-string: the value in double quotes with <c>"</c> and <c>\</c> escaped by a backslash.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.Append('"').ToString();
    }

    public static bool TryParseInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AddTrimmed(List<string> items, string text, int start, int end)
    {
        var item = text.AsSpan(start, end - start).Trim();
        if (!item.IsEmpty)
        {
            items.Add(item.ToString());
        }
    }
}
