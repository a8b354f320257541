using System.Diagnostics.CodeAnalysis;
using System.Text;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Auth;

/// <summary>
/// The shared shape of a challenge and of credentials (RFC 7235 §2.1): a scheme, then either a token68
/// (<c>Basic QWxhZGRpbjpvcGVu</c>) or comma-separated <c>name=value</c> parameters, values as tokens or
/// quoted-strings. Parsing is tolerant of spaces around '=' and ',' and of empty list items.
/// </summary>
internal static class AuthCredentials
{
    private const int MaxParameters = 64;

    /// <summary>Reads one or more <c>scheme [token68 | params]</c> groups from one header value.</summary>
    public static bool TryParseList(string? text, [NotNullWhen(true)] out List<(string Scheme, string? Token68, List<KeyValuePair<string, string>> Parameters)>? groups)
    {
        groups = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 16 * 1024 || !Headers.HeaderSyntax.HasBalancedQuotes(text))
        {
            return false;
        }

        var result = new List<(string, string?, List<KeyValuePair<string, string>>)>();
        List<KeyValuePair<string, string>>? current = null;
        var count = 0;
        foreach (var item in Headers.HeaderSyntax.Split(text, ','))
        {
            if (++count > MaxParameters)
            {
                return false;
            }

            var firstEnd = TokenEnd(item, 0);
            if (firstEnd == 0)
            {
                return false;
            }

            var afterToken = SkipSpaces(item, firstEnd);
            var startsChallenge = afterToken == item.Length ? !IsParameterStart(item, firstEnd) : item[afterToken] != '=';
            if (startsChallenge && (afterToken == item.Length || firstEnd < afterToken))
            {
                var scheme = item[..firstEnd];
                var rest = item[afterToken..];
                current = [];
                string? token68 = null;
                if (rest.Length > 0)
                {
                    if (IsToken68(rest))
                    {
                        token68 = rest;
                    }
                    else if (!TryAddParameter(current, rest))
                    {
                        return false;
                    }
                }

                result.Add((scheme, token68, current));
                if (token68 is not null)
                {
                    current = null; // a token68 challenge has no parameters; only a new challenge may follow
                }
            }
            else if (current is null || !TryAddParameter(current, item))
            {
                return false;
            }
        }

        if (result.Count == 0)
        {
            return false;
        }

        groups = result;
        return true;
    }

    /// <summary>Writes <c>scheme token68</c> or <c>scheme a=b, c="d"</c>; <paramref name="unquoted"/> names are written bare when they are tokens.</summary>
    public static string Format(string scheme, string? token68, IReadOnlyList<KeyValuePair<string, string>> parameters, Func<string, bool> unquoted)
    {
        var sb = new StringBuilder(scheme);
        if (token68 is not null)
        {
            return sb.Append(' ').Append(token68).ToString();
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var (name, value) = parameters[i];
            sb.Append(i == 0 ? " " : ", ").Append(name).Append('=');
            sb.Append(unquoted(name) && RtspSyntax.IsToken(value) ? value : Headers.HeaderSyntax.Quote(value));
        }

        return sb.ToString();
    }

    public static string? Get(IReadOnlyList<KeyValuePair<string, string>> parameters, string name)
    {
        foreach (var (key, value) in parameters)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static bool TryAddParameter(List<KeyValuePair<string, string>> parameters, string item)
    {
        var nameEnd = TokenEnd(item, 0);
        var eq = SkipSpaces(item, nameEnd);
        if (nameEnd == 0 || eq >= item.Length || item[eq] != '=')
        {
            return false;
        }

        var raw = item[(eq + 1)..].Trim();
        string value;
        if (raw.StartsWith('"'))
        {
            if (raw.Length < 2 || !raw.EndsWith('"') || !IsSingleQuotedString(raw))
            {
                return false;
            }

            value = Headers.HeaderSyntax.Unquote(raw);
        }
        else if (raw.Length > 0 && RtspSyntax.IsToken(raw))
        {
            value = raw;
        }
        else
        {
            return false;
        }

        parameters.Add(new(item[..nameEnd], value));
        return true;
    }

    /// <summary>True when the whole text is one quoted-string (its closing quote is the last character).</summary>
    private static bool IsSingleQuotedString(string raw)
    {
        for (var i = 1; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i++;
            }
            else if (raw[i] == '"')
            {
                return i == raw.Length - 1;
            }
        }

        return false;
    }

    /// <summary>token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".</summary>
    private static bool IsToken68(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '.' or '_' or '~' or '+' or '/'))
        {
            i++;
        }

        if (i == 0)
        {
            return false;
        }

        while (i < text.Length && text[i] == '=')
        {
            i++;
        }

        return i == text.Length;
    }

    private static bool IsParameterStart(string item, int tokenEnd) => tokenEnd < item.Length && item[tokenEnd] == '=';

    private static int TokenEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && RtspSyntax.IsTokenChar(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpaces(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
