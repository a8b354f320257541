using System.Security.Cryptography;

namespace Vms.Onvif.Security;

/// <summary>
/// Client side of HTTP Digest: picks the best challenge of a 401 (SHA-256 over MD5, <c>qop=auth</c> or RFC 2069
/// without qop), then computes <c>Authorization</c> values with a fresh cnonce and an increasing nonce-count.
/// Thread-safe; one instance per device and user.
/// </summary>
public sealed class HttpDigestClient(string username, string password)
{
    private readonly Lock _gate = new();
    private DigestChallenge? _challenge;
    private uint _nc;

    /// <summary>The challenge in use, if any.</summary>
    public DigestChallenge? Challenge
    {
        get
        {
            lock (_gate)
            {
                return _challenge;
            }
        }
    }

    /// <summary>Chooses a challenge among the <c>WWW-Authenticate</c> values; false when none is a usable Digest one.</summary>
    public bool TryAcceptChallenge(IEnumerable<string> wwwAuthenticate)
    {
        var best = Select(HttpAuthChallenge.ParseAll(wwwAuthenticate));
        if (best is null)
        {
            return false;
        }

        lock (_gate)
        {
            _challenge = best;
            _nc = 0;
        }

        return true;
    }

    /// <summary>The preferred Digest challenge: SHA-256 before MD5, plain before "-sess", qop=auth before none.</summary>
    public static DigestChallenge? Select(IEnumerable<HttpAuthChallenge> challenges) =>
        challenges.Select(DigestChallenge.From)
            .OfType<DigestChallenge>()
            .OrderBy(c => c.Algorithm switch
            {
                DigestAlgorithm.Sha256 => 0,
                DigestAlgorithm.Sha256Sess => 1,
                DigestAlgorithm.Md5 => 2,
                _ => 3,
            })
            .ThenBy(c => c.QopAuth ? 0 : 1)
            .FirstOrDefault();

    /// <summary>An <c>Authorization</c> header value for <paramref name="method"/> on <paramref name="requestUri"/>
    /// (the request target, e.g. <c>/onvif/device_service</c>).</summary>
    public string CreateAuthorization(string method, string requestUri)
    {
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        return CreateAuthorization(method, requestUri, Convert.ToHexStringLower(random));
    }

    internal string CreateAuthorization(string method, string requestUri, string cnonce)
    {
        DigestChallenge challenge;
        uint nc;
        lock (_gate)
        {
            challenge = _challenge ?? throw new InvalidOperationException("no Digest challenge accepted yet");
            nc = ++_nc;
        }

        var user = challenge.UserHash ? DigestHash.Hash(challenge.Algorithm, $"{username}:{challenge.Realm}") : username;
        var ncText = nc.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        var ha1 = DigestHash.Ha1(challenge.Algorithm, username, challenge.Realm, password, challenge.Nonce, cnonce);
        var qop = challenge.QopAuth ? "auth" : null;
        var response = DigestHash.Response(challenge.Algorithm, ha1, challenge.Nonce, ncText, cnonce, qop, method, requestUri);
        var header = $"Digest username=\"{Escape(user)}\", realm=\"{Escape(challenge.Realm)}\", nonce=\"{challenge.Nonce}\", uri=\"{requestUri}\", " +
            $"algorithm={DigestHash.Name(challenge.Algorithm)}, response=\"{response}\"";
        if (qop is not null)
        {
            header += $", qop=auth, nc={ncText}, cnonce=\"{cnonce}\"";
        }

        if (challenge.Opaque is not null)
        {
            header += $", opaque=\"{Escape(challenge.Opaque)}\"";
        }

        if (challenge.UserHash)
        {
            header += ", userhash=true";
        }

        return header;
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
