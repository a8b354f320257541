using System.Globalization;

namespace Vms.Rtsp.Auth;

/// <summary>
/// One challenge of a WWW-Authenticate header: <c>Basic realm="cam"</c> or
/// <c>Digest realm="cam", nonce="…", algorithm=SHA-256, qop="auth", opaque="…", stale=true</c>.
/// Parameters are kept in order with their unquoted values; the typed properties read them.
/// </summary>
public sealed record AuthenticationChallenge(string Scheme, IReadOnlyList<KeyValuePair<string, string>> Parameters, string? Token68 = null)
{
    public bool IsBasic => AuthSchemes.IsBasic(Scheme);

    public bool IsDigest => AuthSchemes.IsDigest(Scheme);

    public string? Realm => Get("realm");

    public string? Nonce => Get("nonce");

    public string? Opaque => Get("opaque");

    /// <summary>The raw algorithm name (null when absent, which means MD5).</summary>
    public string? AlgorithmName => Get("algorithm");

    /// <summary>The parsed algorithm; false when the challenge names one this layer does not compute.</summary>
    public bool TryGetAlgorithm(out DigestAlgorithm algorithm) => DigestAlgorithms.TryParse(AlgorithmName, out algorithm);

    /// <summary>The qop options (<c>auth</c>, <c>auth-int</c>); empty for an RFC 2069 challenge.</summary>
    public IReadOnlyList<string> QopOptions =>
        Get("qop") is { } qop ? [.. qop.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];

    /// <summary>True when the server says the nonce expired but the credentials were right (retry silently).</summary>
    public bool Stale => string.Equals(Get("stale"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>RFC 7616 userhash: the username is sent as H(username ":" realm).</summary>
    public bool UserHash => string.Equals(Get("userhash"), "true", StringComparison.OrdinalIgnoreCase);

    public string? Get(string name) => AuthCredentials.Get(Parameters, name);

    /// <summary>A Basic challenge.</summary>
    public static AuthenticationChallenge Basic(string realm) => new(AuthSchemes.Basic, [new("realm", realm)]);

    /// <summary>A Digest challenge as this layer's server issues it.</summary>
    public static AuthenticationChallenge Digest(string realm, string nonce, DigestAlgorithm algorithm, string? qop = "auth", string? opaque = null, bool stale = false)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("realm", realm), new("nonce", nonce) };
        parameters.Add(new("algorithm", DigestAlgorithms.Name(algorithm)));
        if (qop is not null)
        {
            parameters.Add(new("qop", qop));
        }

        if (opaque is not null)
        {
            parameters.Add(new("opaque", opaque));
        }

        if (stale)
        {
            parameters.Add(new("stale", "true"));
        }

        return new(AuthSchemes.Digest, parameters);
    }

    /// <summary>The header value of this one challenge.</summary>
    public string Format() => AuthCredentials.Format(Scheme, Token68, Parameters, IsUnquoted);

    public override string ToString() => Format();

    public bool Equals(AuthenticationChallenge? other) =>
        other is not null && string.Equals(Scheme, other.Scheme, StringComparison.OrdinalIgnoreCase) &&
        Token68 == other.Token68 && Headers.ListEquality.Equal(Parameters, other.Parameters);

    public override int GetHashCode() => HashCode.Combine(Scheme.ToUpperInvariant(), Token68, Parameters.Count);

    /// <summary>RFC 7616 writes these as tokens; every other parameter is a quoted-string.</summary>
    private static bool IsUnquoted(string name) =>
        name.ToLower(CultureInfo.InvariantCulture) is "algorithm" or "stale" or "userhash" or "charset";
}
