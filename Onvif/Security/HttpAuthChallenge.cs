namespace Vms.Onvif.Security;

/// <summary>
/// One challenge (or credentials) of an HTTP authentication header: the scheme and its auth-params (RFC 7235).
/// Several challenges may share one header line; <see cref="ParseAll"/> splits them.
/// </summary>
public sealed record HttpAuthChallenge(string Scheme, IReadOnlyDictionary<string, string> Parameters)
{
    private const int MaxHeaderLength = 8192;
    private const int MaxChallenges = 16;
    private const int MaxParameters = 32;

    public string? this[string name] => Parameters.TryGetValue(name, out var v) ? v : null;

    /// <summary>Parses every challenge of every header value; malformed parts are skipped, never thrown.</summary>
    public static IReadOnlyList<HttpAuthChallenge> ParseAll(IEnumerable<string> headerValues)
    {
        var result = new List<HttpAuthChallenge>();
        foreach (var value in headerValues)
        {
            if (value.Length > MaxHeaderLength)
            {
                continue;
            }

            var pos = 0;
            while (result.Count < MaxChallenges && ParseOne(value, ref pos) is { } challenge)
            {
                result.Add(challenge);
            }
        }

        return result;
    }

    /// <summary>Parses a single header value (an <c>Authorization</c> header) into its scheme and parameters.</summary>
    public static HttpAuthChallenge? Parse(string? headerValue)
    {
        if (headerValue is null || headerValue.Length > MaxHeaderLength)
        {
            return null;
        }

        var pos = 0;
        return ParseOne(headerValue, ref pos);
    }

    private static HttpAuthChallenge? ParseOne(string s, ref int pos)
    {
        SkipSeparators(s, ref pos);
        var scheme = ReadToken(s, ref pos);
        if (scheme.Length == 0)
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Bounded: every iteration consumes input or leaves the loop.
        while (pos < s.Length && parameters.Count < MaxParameters)
        {
            SkipSeparators(s, ref pos);
            var save = pos;
            var name = ReadToken(s, ref pos);
            SkipSpaces(s, ref pos);
            if (name.Length == 0 || pos >= s.Length || s[pos] != '=')
            {
                pos = name.Length == 0 && pos < s.Length ? pos + 1 : save; // token68 or next challenge
                if (name.Length > 0)
                {
                    break;
                }

                continue;
            }

            pos++; // '='
            SkipSpaces(s, ref pos);
            var value = pos < s.Length && s[pos] == '"' ? ReadQuoted(s, ref pos) : ReadToken(s, ref pos);
            parameters.TryAdd(name, value);
            SkipSpaces(s, ref pos);
            if (pos < s.Length && s[pos] != ',')
            {
                // garbage after a value: skip to the next comma
                while (pos < s.Length && s[pos] != ',')
                {
                    pos++;
                }
            }
        }

        return new HttpAuthChallenge(scheme, parameters);
    }

    private static void SkipSpaces(string s, ref int pos)
    {
        while (pos < s.Length && (s[pos] == ' ' || s[pos] == '\t'))
        {
            pos++;
        }
    }

    private static void SkipSeparators(string s, ref int pos)
    {
        while (pos < s.Length && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == ','))
        {
            pos++;
        }
    }

    private static string ReadToken(string s, ref int pos)
    {
        var start = pos;
        while (pos < s.Length && s[pos] is not (' ' or '\t' or ',' or '=' or '"'))
        {
            pos++;
        }

        return s[start..pos];
    }

    private static string ReadQuoted(string s, ref int pos)
    {
        var sb = new System.Text.StringBuilder();
        pos++; // opening quote
        while (pos < s.Length && s[pos] != '"')
        {
            if (s[pos] == '\\' && pos + 1 < s.Length)
            {
                pos++;
            }

            sb.Append(s[pos]);
            pos++;
        }

        if (pos < s.Length)
        {
            pos++; // closing quote
        }

        return sb.ToString();
    }
}
