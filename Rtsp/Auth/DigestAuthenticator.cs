using System.Security.Cryptography;
using System.Text;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Auth;

/// <summary>
/// Server side of RTSP authentication: issues Digest challenges (one per configured algorithm, qop="auth")
/// with nonces signed by a secret and stamped with the issue time, and checks Authorization headers against
/// a user lookup the host provides (password or precomputed HA1). Stateless apart from the secret, so one
/// instance serves every connection.
/// </summary>
/// <remarks>A nonce is valid for <see cref="DigestAuthenticatorOptions.NonceLifetime"/>; a correct answer on an
/// older nonce is reported as <see cref="AuthenticationOutcome.StaleNonce"/> so the client retries without asking
/// the user. nc values are not tracked: within a nonce's lifetime a captured request could be replayed on a new
/// connection, which the short lifetime bounds.</remarks>
public sealed partial class DigestAuthenticator
{
    private readonly DigestAuthenticatorOptions _options;
    private readonly DigestCredentialLookup _lookup;
    private readonly TimeProvider _time;
    private readonly byte[] _secret;

    public DigestAuthenticator(DigestAuthenticatorOptions options, DigestCredentialLookup lookup, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lookup);
        options.Validate();
        _options = options;
        _lookup = lookup;
        _time = timeProvider ?? TimeProvider.System;
        _secret = options.Secret is { Length: > 0 } s ? [.. s] : RandomNumberGenerator.GetBytes(32);
    }

    public string Realm => _options.Realm;

    /// <summary>
    /// Fresh challenges: one Digest per configured algorithm (same nonce), strongest first as RFC 7616 §3.7 asks,
    /// so MD5 comes last, then Basic when allowed.
    /// </summary>
    /// <remarks>The order matters in practice: ffmpeg 5.1 answers the LAST Digest challenge and only knows MD5,
    /// so an MD5 challenge placed before SHA-256 makes it fail.</remarks>
    public IReadOnlyList<AuthenticationChallenge> CreateChallenges(bool stale = false)
    {
        var nonce = CreateNonce();
        var challenges = new List<AuthenticationChallenge>();
        foreach (var algorithm in _options.Algorithms.Distinct().OrderByDescending(DigestAlgorithms.Strength))
        {
            challenges.Add(AuthenticationChallenge.Digest(_options.Realm, nonce, algorithm, "auth", stale: stale));
        }

        if (_options.AllowBasic)
        {
            challenges.Add(AuthenticationChallenge.Basic(_options.Realm));
        }

        return challenges;
    }

    /// <summary>Adds one WWW-Authenticate line per challenge to a 401 response.</summary>
    public void AddChallenges(RtspResponse response, bool stale = false)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var challenge in CreateChallenges(stale))
        {
            response.Headers.Add(RtspHeaderNames.WwwAuthenticate, challenge.Format());
        }
    }

    /// <summary>Checks the Authorization header of <paramref name="request"/>.</summary>
    public async ValueTask<AuthenticationResult> AuthenticateAsync(RtspRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Headers.Get(RtspHeaderNames.Authorization);
        if (text is null)
        {
            return new(AuthenticationOutcome.MissingCredentials, null, "no Authorization header");
        }

        if (!AuthorizationHeader.TryParse(text, out var header))
        {
            return new(AuthenticationOutcome.Malformed, null, "unreadable Authorization header");
        }

        if (header.IsBasic)
        {
            return await AuthenticateBasicAsync(header, cancellationToken).ConfigureAwait(false);
        }

        return header.IsDigest
            ? await AuthenticateDigestAsync(request, header, cancellationToken).ConfigureAwait(false)
            : new(AuthenticationOutcome.UnsupportedScheme, null, "scheme " + header.Scheme);
    }

    private async ValueTask<AuthenticationResult> AuthenticateBasicAsync(AuthorizationHeader header, CancellationToken cancellationToken)
    {
        if (!_options.AllowBasic)
        {
            return new(AuthenticationOutcome.UnsupportedScheme, null, "Basic is not accepted");
        }

        if (!header.TryGetBasicCredentials(out var username, out var password))
        {
            return new(AuthenticationOutcome.Malformed, null, "unreadable Basic credentials");
        }

        var credential = await _lookup(username, _options.Realm, cancellationToken).ConfigureAwait(false);
        if (credential is null)
        {
            return new(AuthenticationOutcome.UnknownUser, username, "unknown user");
        }

        if (credential.Password is null)
        {
            return new(AuthenticationOutcome.UnsupportedScheme, username, "Basic needs a stored password");
        }

        return FixedTimeEquals(credential.Password, password)
            ? new(AuthenticationOutcome.Success, username, "Basic")
            : new(AuthenticationOutcome.InvalidCredentials, username, "wrong password");
    }

    private async ValueTask<AuthenticationResult> AuthenticateDigestAsync(RtspRequest request, AuthorizationHeader header, CancellationToken cancellationToken)
    {
        var username = header.Username;
        var nonce = header.Nonce;
        var response = header.Response;
        if (username is null || nonce is null || response is null || header.Uri is null)
        {
            return new(AuthenticationOutcome.Malformed, username, "Digest parameters missing");
        }

        if (header.UserHash)
        {
            return new(AuthenticationOutcome.UnsupportedScheme, null, "userhash is not offered");
        }

        if (!DigestAlgorithms.TryParse(header.AlgorithmName, out var algorithm) || !_options.Algorithms.Contains(algorithm))
        {
            return new(AuthenticationOutcome.UnsupportedScheme, username, "algorithm " + (header.AlgorithmName ?? "MD5"));
        }

        if (!string.Equals(header.Realm, _options.Realm, StringComparison.Ordinal))
        {
            return new(AuthenticationOutcome.InvalidCredentials, username, "wrong realm");
        }

        if (!UriMatches(header.Uri, request.Uri))
        {
            return new(AuthenticationOutcome.InvalidCredentials, username, "uri does not match the request");
        }

        var qop = header.Qop;
        if (qop is null ? _options.RequireQop : !qop.Equals("auth", StringComparison.OrdinalIgnoreCase))
        {
            return new(AuthenticationOutcome.InvalidCredentials, username, "qop " + (qop ?? "missing"));
        }

        if (qop is not null && (header.NonceCount is not { Length: 8 } nc || !IsHex(nc) || string.IsNullOrEmpty(header.Cnonce)))
        {
            return new(AuthenticationOutcome.Malformed, username, "nc or cnonce missing");
        }

        var nonceState = CheckNonce(nonce);
        if (nonceState == NonceState.Forged)
        {
            return new(AuthenticationOutcome.InvalidCredentials, username, "nonce not issued here");
        }

        var credential = await _lookup(username, _options.Realm, cancellationToken).ConfigureAwait(false);
        var plainHa1 = credential?.GetHa1(algorithm, username, _options.Realm);
        if (plainHa1 is null)
        {
            return new(AuthenticationOutcome.UnknownUser, username, "unknown user");
        }

        var ha1 = DigestCalculator.SessionHa1(algorithm, plainHa1, nonce, header.Cnonce);
        var ha2 = DigestCalculator.ComputeHa2(algorithm, request.Method, header.Uri, qop, request.Body.Span);
        var expected = DigestCalculator.ComputeResponse(algorithm, ha1, nonce, header.NonceCount, header.Cnonce, qop, ha2);
        if (!FixedTimeEquals(expected, response.ToLowerInvariant()))
        {
            return new(AuthenticationOutcome.InvalidCredentials, username, "wrong response");
        }

        return nonceState == NonceState.Expired
            ? new(AuthenticationOutcome.StaleNonce, username, "nonce expired")
            : new(AuthenticationOutcome.Success, username, "Digest " + DigestAlgorithms.Name(algorithm));
    }

    /// <summary>The digest uri must name the request target: the same text, or the same URL up to a trailing
    /// slash, scheme/host case, or given as its path only.</summary>
    private static bool UriMatches(string digestUri, string requestUri)
    {
        if (string.Equals(digestUri, requestUri, StringComparison.Ordinal))
        {
            return true;
        }

        var a = UriReference.Parse(digestUri.TrimEnd('/'));
        var b = UriReference.Parse(requestUri.TrimEnd('/'));
        if (a.Scheme is null && a.Authority is null)
        {
            return a.Path == b.Path && a.Query == b.Query;
        }

        return string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(a.Authority, b.Authority, StringComparison.OrdinalIgnoreCase) &&
            a.Path == b.Path && a.Query == b.Query;
    }

    private static bool IsHex(string s) => s.All(char.IsAsciiHexDigit);

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
