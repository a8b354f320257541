using System.Security.Cryptography;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Auth;

/// <summary>
/// Client side of RTSP authentication. Given a 401 response it picks the strongest challenge it can answer
/// (Digest SHA-256, SHA-256-sess, MD5, MD5-sess, then Basic) and from then on adds an Authorization header
/// to every request, counting nc up for each Digest request with qop. Thread-safe.
/// </summary>
/// <remarks>Callers retry a rejected request at most once: a 401 with the same nonce and without
/// <c>stale=true</c> means the credentials are wrong, and <see cref="TryAcceptChallenge"/> then answers false.</remarks>
public sealed class RtspClientAuthenticator
{
    private readonly Lock _gate = new();
    private readonly string _username;
    private readonly string _password;
    private readonly Func<string> _newCnonce;
    private AuthenticationChallenge? _challenge;
    private DigestAlgorithm _algorithm;
    private string? _qop;
    private int _nonceCount;

    public RtspClientAuthenticator(string username, string password)
        : this(username, password, null)
    {
    }

    internal RtspClientAuthenticator(string username, string password, Func<string>? cnonceFactory)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        _username = username;
        _password = password;
        _newCnonce = cnonceFactory ?? (() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)));
    }

    /// <summary>The challenge currently answered, if any.</summary>
    public AuthenticationChallenge? CurrentChallenge
    {
        get
        {
            lock (_gate)
            {
                return _challenge;
            }
        }
    }

    /// <summary>The strongest challenge this client can answer, or null.</summary>
    public static AuthenticationChallenge? SelectBest(IEnumerable<AuthenticationChallenge> challenges)
    {
        ArgumentNullException.ThrowIfNull(challenges);
        AuthenticationChallenge? best = null;
        var bestRank = 0;
        foreach (var challenge in challenges)
        {
            var rank = Rank(challenge);
            if (rank > bestRank)
            {
                best = challenge;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>Takes the challenges of a 401 response; true when the request should be sent again with credentials.</summary>
    public bool TryAcceptChallenge(RtspResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var best = SelectBest(WwwAuthenticateHeader.ParseAll(response.Headers.GetValues(RtspHeaderNames.WwwAuthenticate)));
        if (best is null)
        {
            return false;
        }

        lock (_gate)
        {
            if (_challenge is not null && !best.Stale &&
                (best.IsBasic ? _challenge.IsBasic : string.Equals(best.Nonce, _challenge.Nonce, StringComparison.Ordinal)))
            {
                return false; // same challenge again: the credentials were refused
            }

            _challenge = best;
            _nonceCount = 0;
            if (best.IsDigest)
            {
                best.TryGetAlgorithm(out _algorithm);
                var qops = best.QopOptions;
                _qop = qops.Contains("auth", StringComparer.OrdinalIgnoreCase) ? "auth"
                    : qops.Contains("auth-int", StringComparer.OrdinalIgnoreCase) ? "auth-int"
                    : null;
            }

            return true;
        }
    }

    /// <summary>Adds the Authorization header to <paramref name="request"/> when a challenge has been accepted.</summary>
    public void Authorize(RtspRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        AuthorizationHeader header;
        lock (_gate)
        {
            if (_challenge is null)
            {
                return;
            }

            header = _challenge.IsBasic ? AuthorizationHeader.Basic(_username, _password) : CreateDigest(request);
        }

        request.Headers.Set(RtspHeaderNames.Authorization, header.Format());
    }

    private AuthorizationHeader CreateDigest(RtspRequest request)
    {
        var challenge = _challenge!;
        var realm = challenge.Realm ?? string.Empty;
        var nonce = challenge.Nonce ?? string.Empty;
        var nc = 0;
        string? cnonce = null;
        if (_qop is not null)
        {
            nc = ++_nonceCount;
            cnonce = _newCnonce();
        }
        else if (DigestAlgorithms.IsSession(_algorithm))
        {
            cnonce = _newCnonce();
        }

        var ncText = nc.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        var response = DigestCalculator.ComputeResponse(
            _algorithm, _username, realm, _password, request.Method, request.Uri, nonce, ncText, cnonce, _qop, request.Body.Span);
        var username = challenge.UserHash ? DigestCalculator.Hash(_algorithm, _username + ":" + realm) : _username;
        return AuthorizationHeader.Digest(
            username,
            realm,
            nonce,
            request.Uri,
            response,
            challenge.AlgorithmName is null ? null : _algorithm,
            _qop,
            nc,
            cnonce,
            challenge.Opaque,
            challenge.UserHash);
    }

    private static int Rank(AuthenticationChallenge challenge)
    {
        if (challenge.IsBasic)
        {
            return 1;
        }

        if (!challenge.IsDigest || challenge.Nonce is null || !challenge.TryGetAlgorithm(out var algorithm))
        {
            return 0;
        }

        var qops = challenge.QopOptions;
        if (qops.Count > 0 && !qops.Any(q => q.Equals("auth", StringComparison.OrdinalIgnoreCase) || q.Equals("auth-int", StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        return 10 + DigestAlgorithms.Strength(algorithm);
    }
}
