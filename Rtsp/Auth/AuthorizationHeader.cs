using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Vms.Rtsp.Auth;

/// <summary>
/// The Authorization header: <c>Basic base64(user:password)</c> or
/// <c>Digest username="…", realm="…", nonce="…", uri="…", response="…", algorithm=…, qop=auth, nc=00000001, cnonce="…", opaque="…"</c>.
/// </summary>
/// <remarks>Quoted values escape <c>"</c> and <c>\</c> with a backslash; other characters, UTF-8 included, are
/// written as they are. On input, RFC 7616 <c>username*=UTF-8''…</c> is also understood.</remarks>
public sealed record AuthorizationHeader(string Scheme, IReadOnlyList<KeyValuePair<string, string>> Parameters, string? Token68 = null)
{
    public bool IsBasic => AuthSchemes.IsBasic(Scheme);

    public bool IsDigest => AuthSchemes.IsDigest(Scheme);

    /// <summary>The user name (<c>username</c>, or the decoded <c>username*</c>).</summary>
    public string? Username => Get("username") ?? DecodeExtended(Get("username*"));

    public string? Realm => Get("realm");

    public string? Nonce => Get("nonce");

    public string? Uri => Get("uri");

    public string? Response => Get("response");

    public string? AlgorithmName => Get("algorithm");

    public string? Cnonce => Get("cnonce");

    public string? Opaque => Get("opaque");

    public string? Qop => Get("qop");

    /// <summary>The nonce count as written (8 hex digits).</summary>
    public string? NonceCount => Get("nc");

    public bool UserHash => string.Equals(Get("userhash"), "true", StringComparison.OrdinalIgnoreCase);

    public string? Get(string name) => AuthCredentials.Get(Parameters, name);

    /// <summary>Basic credentials; the user name may not contain ':' (RFC 7617).</summary>
    public static AuthorizationHeader Basic(string username, string password)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        if (username.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A Basic user name cannot contain ':'.", nameof(username));
        }

        return new(AuthSchemes.Basic, [], Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password)));
    }

    /// <summary>Digest credentials in the usual parameter order.</summary>
    public static AuthorizationHeader Digest(
        string username,
        string realm,
        string nonce,
        string uri,
        string response,
        DigestAlgorithm? algorithm = null,
        string? qop = null,
        int nonceCount = 0,
        string? cnonce = null,
        string? opaque = null,
        bool userHash = false)
    {
        var p = new List<KeyValuePair<string, string>>
        {
            new("username", username), new("realm", realm), new("nonce", nonce), new("uri", uri), new("response", response),
        };
        if (algorithm is { } a)
        {
            p.Add(new("algorithm", DigestAlgorithms.Name(a)));
        }

        if (qop is not null)
        {
            p.Add(new("qop", qop));
            p.Add(new("nc", nonceCount.ToString("x8", CultureInfo.InvariantCulture)));
            p.Add(new("cnonce", cnonce ?? string.Empty));
        }

        if (opaque is not null)
        {
            p.Add(new("opaque", opaque));
        }

        if (userHash)
        {
            p.Add(new("userhash", "true"));
        }

        return new(AuthSchemes.Digest, p);
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out AuthorizationHeader? header)
    {
        header = null;
        if (!AuthCredentials.TryParseList(text, out var groups) || groups.Count != 1)
        {
            return false;
        }

        var (scheme, token68, parameters) = groups[0];
        header = new AuthorizationHeader(scheme, parameters, token68);
        return true;
    }

    /// <summary>Decodes Basic credentials; false when the scheme is not Basic or the token is not base64 of <c>user:password</c>.</summary>
    public bool TryGetBasicCredentials([NotNullWhen(true)] out string? username, [NotNullWhen(true)] out string? password)
    {
        username = password = null;
        if (!IsBasic || Token68 is null || Token68.Length > 4096)
        {
            return false;
        }

        var bytes = new byte[Token68.Length];
        if (!Convert.TryFromBase64String(Token68, bytes, out var n))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, n);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        username = text[..colon];
        password = text[(colon + 1)..];
        return true;
    }

    public string Format() => AuthCredentials.Format(Scheme, Token68, Parameters, IsUnquoted);

    public override string ToString() => Format();

    public bool Equals(AuthorizationHeader? other) =>
        other is not null && string.Equals(Scheme, other.Scheme, StringComparison.OrdinalIgnoreCase) &&
        Token68 == other.Token68 && Headers.ListEquality.Equal(Parameters, other.Parameters);

    public override int GetHashCode() => HashCode.Combine(Scheme.ToUpperInvariant(), Token68, Parameters.Count);

    /// <summary>RFC 7616 §3.4: algorithm, qop, nc and userhash are tokens; everything else is quoted.</summary>
    private static bool IsUnquoted(string name) =>
        name.ToLower(CultureInfo.InvariantCulture) is "algorithm" or "qop" or "nc" or "userhash" or "username*";

    /// <summary>RFC 8187 ext-value <c>UTF-8''percent-encoded</c>.</summary>
    private static string? DecodeExtended(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var quote = value.IndexOf("''", StringComparison.Ordinal);
        if (quote < 0 || !value[..quote].Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return System.Uri.UnescapeDataString(value[(quote + 2)..]);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
