namespace Vms.Onvif.Soap;

/// <summary>
/// The HTTP <c>Content-Type</c> of a SOAP message: <c>application/soap+xml</c> is SOAP 1.2 (optional
/// <c>charset</c> and <c>action</c> parameters, trailing <c>;</c> tolerated), <c>text/xml</c> is SOAP 1.1.
/// </summary>
public readonly record struct SoapContentType(SoapVersion Version, string MediaType, string? Charset, string? Action)
{
    public const string Soap12MediaType = "application/soap+xml";
    public const string Soap11MediaType = "text/xml";
    private const int MaxLength = 4096;

    /// <summary>Parses a Content-Type header; false for a missing, oversized or non-SOAP media type (HTTP 415).</summary>
    public static bool TryParse(string? value, out SoapContentType result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
        {
            return false;
        }

        var parts = SplitParameters(value);
        var media = parts[0].Trim().ToLowerInvariant();
        SoapVersion version;
        if (media == Soap12MediaType)
        {
            version = SoapVersion.Soap12;
        }
        else if (media == Soap11MediaType)
        {
            version = SoapVersion.Soap11;
        }
        else
        {
            return false;
        }

        string? charset = null;
        string? action = null;
        foreach (var p in parts.Skip(1))
        {
            var eq = p.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue; // empty parameter from a trailing ';'
            }

            var name = p[..eq].Trim();
            var v = Unquote(p[(eq + 1)..].Trim());
            if (name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = v;
            }
            else if (name.Equals("action", StringComparison.OrdinalIgnoreCase))
            {
                action = v;
            }
        }

        result = new SoapContentType(version, media, charset, action);
        return true;
    }

    /// <summary>The Content-Type we send: <c>application/soap+xml; charset=utf-8[; action="..."]</c> or <c>text/xml; charset=utf-8</c>.</summary>
    public static string Format(SoapVersion version, string? action = null) => version == SoapVersion.Soap12
        ? (action is null ? "application/soap+xml; charset=utf-8" : $"application/soap+xml; charset=utf-8; action=\"{action}\"")
        : "text/xml; charset=utf-8";

    private static List<string> SplitParameters(string value)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\\' && quoted)
            {
                i++;
            }
            else if (c == ';' && !quoted)
            {
                parts.Add(value[start..i]);
                start = i + 1;
            }
        }

        parts.Add(value[start..]);
        return parts;
    }

    private static string Unquote(string v)
    {
        if (v.Length >= 2 && v[0] == '"' && v[^1] == '"')
        {
            return v[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        return v;
    }
}
