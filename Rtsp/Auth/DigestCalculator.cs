using System.Security.Cryptography;
using System.Text;

namespace Vms.Rtsp.Auth;

/// <summary>
/// The Digest computations of RFC 2617 §3.2.2 and RFC 7616 §3.4 (strings are hashed as UTF-8, results are
/// lower-case hex):
/// <code>
/// HA1      = H(username ":" realm ":" password)                 (plain)
/// HA1      = H(H(username ":" realm ":" password) ":" nonce ":" cnonce)   (-sess)
/// HA2      = H(method ":" uri)                                  (qop absent or auth)
/// HA2      = H(method ":" uri ":" H(body))                      (qop=auth-int)
/// response = H(HA1 ":" nonce ":" nc ":" cnonce ":" qop ":" HA2)  (with qop)
/// response = H(HA1 ":" nonce ":" HA2)                           (RFC 2069 compatibility, no qop)
/// </code>
/// </summary>
public static class DigestCalculator
{
    /// <summary>H(data) in lower-case hex.</summary>
    public static string Hash(DigestAlgorithm algorithm, string data) => Hash(algorithm, Encoding.UTF8.GetBytes(data));

    public static string Hash(DigestAlgorithm algorithm, ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[32];
        var n = DigestAlgorithms.Base(algorithm) == DigestAlgorithm.Sha256
            ? SHA256.HashData(data, digest)
            : MD5.HashData(data, digest);
        return Convert.ToHexStringLower(digest[..n]);
    }

    /// <summary>The plain HA1 (what a user store may keep instead of the password).</summary>
    public static string ComputeHa1(DigestAlgorithm algorithm, string username, string realm, string password) =>
        Hash(algorithm, username + ":" + realm + ":" + password);

    /// <summary>The HA1 used in the response: the plain one, or for -sess bound to the nonces.</summary>
    public static string SessionHa1(DigestAlgorithm algorithm, string plainHa1, string nonce, string? cnonce) =>
        DigestAlgorithms.IsSession(algorithm) ? Hash(algorithm, plainHa1 + ":" + nonce + ":" + cnonce) : plainHa1;

    public static string ComputeHa2(DigestAlgorithm algorithm, string method, string uri, string? qop, ReadOnlySpan<byte> body = default) =>
        string.Equals(qop, "auth-int", StringComparison.OrdinalIgnoreCase)
            ? Hash(algorithm, method + ":" + uri + ":" + Hash(algorithm, body))
            : Hash(algorithm, method + ":" + uri);

    /// <summary>The response from HA1 (already session-bound for -sess) and HA2.</summary>
    public static string ComputeResponse(DigestAlgorithm algorithm, string ha1, string nonce, string? nc, string? cnonce, string? qop, string ha2) =>
        string.IsNullOrEmpty(qop)
            ? Hash(algorithm, ha1 + ":" + nonce + ":" + ha2)
            : Hash(algorithm, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);

    /// <summary>The response computed from the password.</summary>
    public static string ComputeResponse(
        DigestAlgorithm algorithm,
        string username,
        string realm,
        string password,
        string method,
        string uri,
        string nonce,
        string? nc,
        string? cnonce,
        string? qop,
        ReadOnlySpan<byte> body = default)
    {
        var ha1 = SessionHa1(algorithm, ComputeHa1(algorithm, username, realm, password), nonce, cnonce);
        var ha2 = ComputeHa2(algorithm, method, uri, qop, body);
        return ComputeResponse(algorithm, ha1, nonce, nc, cnonce, qop, ha2);
    }
}
