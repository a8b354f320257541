using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vms.Onvif.Security;

/// <summary>
/// Server side of HTTP Digest (RFC 2617, RFC 7616): challenges with <c>qop="auth"</c>, one per offered algorithm,
/// stateless nonces bound to a secret and their issue time (<c>stale=true</c> once expired), and nonce-count
/// replay checks.
/// </summary>
public sealed class HttpDigestAuthenticator
{
    private const int NonceBytes = 32; // 8 time + 8 random + 16 MAC
    private readonly HttpDigestOptions _options;
    private readonly TimeProvider _time;
    private readonly byte[] _secret = RandomNumberGenerator.GetBytes(32);
    private readonly NonceCountTracker _counts;

    public HttpDigestAuthenticator(HttpDigestOptions options, TimeProvider time)
    {
        if (options.Algorithms.Count == 0)
        {
            throw new ArgumentException("at least one Digest algorithm must be offered", nameof(options));
        }

        _options = options;
        _time = time;
        _counts = new NonceCountTracker(Math.Max(1, options.MaxTrackedNonces));
    }

    public string Realm => _options.Realm;

    /// <summary>The <c>WWW-Authenticate</c> header values for a 401 answer (one per algorithm, same nonce).</summary>
    public IReadOnlyList<string> CreateChallenges(bool stale = false)
    {
        var nonce = NewNonce();
        var opaque = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_options.Realm)).AsSpan(0, 8));
        return [.. _options.Algorithms.Select(a =>
            $"Digest realm=\"{_options.Realm}\", qop=\"auth\", algorithm={DigestHash.Name(a)}, nonce=\"{nonce}\", opaque=\"{opaque}\"{(stale ? ", stale=true" : string.Empty)}")];
    }

    /// <summary>Checks an <c>Authorization</c> header for <paramref name="method"/> and the request target.</summary>
    /// <param name="requestTarget">The request path and query (null: not checked against the digest-uri).</param>
    public HttpDigestResult Verify(string? authorization, string method, string? requestTarget, Func<string, OnvifUser?> findUser)
    {
        var c = DigestCredentials.Parse(authorization);
        if (c is null)
        {
            return HttpDigestResult.Fail(HttpDigestFailure.Malformed);
        }

        if (c.Realm != _options.Realm)
        {
            return HttpDigestResult.Fail(HttpDigestFailure.RealmMismatch, c.Username);
        }

        if (!_options.Algorithms.Contains(c.Algorithm))
        {
            return HttpDigestResult.Fail(HttpDigestFailure.UnsupportedAlgorithm, c.Username);
        }

        if (!string.Equals(c.Qop, "auth", StringComparison.OrdinalIgnoreCase) || c.Nc is null || c.Cnonce is null ||
            !ulong.TryParse(c.Nc, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var nc))
        {
            return HttpDigestResult.Fail(HttpDigestFailure.MissingQop, c.Username);
        }

        var now = _time.GetUtcNow();
        switch (CheckNonce(c.Nonce, now, out var issued))
        {
            case HttpDigestFailure.None:
                break;
            case var failure:
                return HttpDigestResult.Fail(failure, c.Username);
        }

        if (requestTarget is not null && !UriMatches(c.Uri, requestTarget))
        {
            return HttpDigestResult.Fail(HttpDigestFailure.UriMismatch, c.Username);
        }

        var user = findUser(c.Username);
        if (user is null)
        {
            return HttpDigestResult.Fail(HttpDigestFailure.UnknownUser, c.Username);
        }

        var ha1 = DigestHash.Ha1(c.Algorithm, user.Username, _options.Realm, user.Password, c.Nonce, c.Cnonce);
        var expected = DigestHash.Response(c.Algorithm, ha1, c.Nonce, c.Nc, c.Cnonce, "auth", method, c.Uri);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(c.Response.ToLowerInvariant())))
        {
            return HttpDigestResult.Fail(HttpDigestFailure.WrongResponse, c.Username);
        }

        if (!_counts.TryUse(c.Nonce, nc, now, issued + _options.NonceLifetime))
        {
            return HttpDigestResult.Fail(HttpDigestFailure.Replayed, c.Username);
        }

        return new HttpDigestResult(user, HttpDigestFailure.None, c.Username);
    }

    private string NewNonce()
    {
        Span<byte> nonce = stackalloc byte[NonceBytes];
        BinaryPrimitives.WriteInt64BigEndian(nonce, _time.GetUtcNow().UtcTicks);
        RandomNumberGenerator.Fill(nonce.Slice(8, 8));
        HMACSHA256.HashData(_secret, nonce[..16]).AsSpan(0, 16).CopyTo(nonce[16..]);
        return Convert.ToBase64String(nonce);
    }

    private HttpDigestFailure CheckNonce(string nonce, DateTimeOffset now, out DateTimeOffset issued)
    {
        issued = default;
        Span<byte> bytes = stackalloc byte[NonceBytes + 2];
        if (!Convert.TryFromBase64String(nonce, bytes, out var length) || length != NonceBytes)
        {
            return HttpDigestFailure.InvalidNonce;
        }

        var mac = HMACSHA256.HashData(_secret, bytes[..16]);
        if (!CryptographicOperations.FixedTimeEquals(mac.AsSpan(0, 16), bytes.Slice(16, 16)))
        {
            return HttpDigestFailure.InvalidNonce;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return HttpDigestFailure.InvalidNonce;
        }

        issued = new DateTimeOffset(ticks, TimeSpan.Zero);
        var age = now - issued;
        return age > _options.NonceLifetime || age < -_options.NonceLifetime ? HttpDigestFailure.StaleNonce : HttpDigestFailure.None;
    }

    private static bool UriMatches(string digestUri, string requestTarget)
    {
        if (digestUri == requestTarget)
        {
            return true;
        }

        return Uri.TryCreate(digestUri, UriKind.Absolute, out var absolute) && absolute.PathAndQuery == requestTarget;
    }
}
