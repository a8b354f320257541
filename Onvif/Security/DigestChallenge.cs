namespace Vms.Onvif.Security;

/// <summary>A Digest challenge (<c>WWW-Authenticate: Digest ...</c>) as a client uses it.</summary>
public sealed record DigestChallenge(string Realm, string Nonce, string? Opaque, DigestAlgorithm Algorithm, bool QopAuth, bool Stale, bool UserHash)
{
    /// <summary>A usable Digest challenge from a parsed header, or null (other scheme, unknown algorithm,
    /// only <c>auth-int</c> offered, missing realm or nonce).</summary>
    public static DigestChallenge? From(HttpAuthChallenge challenge)
    {
        if (!challenge.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase) ||
            challenge["realm"] is not { } realm || challenge["nonce"] is not { Length: > 0 } nonce ||
            !DigestHash.TryParse(challenge["algorithm"], out var algorithm))
        {
            return null;
        }

        var qop = challenge["qop"];
        var qopAuth = false;
        if (qop is not null)
        {
            qopAuth = qop.Split(',', StringSplitOptions.TrimEntries).Contains("auth", StringComparer.OrdinalIgnoreCase);
            if (!qopAuth)
            {
                return null; // auth-int only
            }
        }

        return new DigestChallenge(
            realm,
            nonce,
            challenge["opaque"],
            algorithm,
            qopAuth,
            string.Equals(challenge["stale"], "true", StringComparison.OrdinalIgnoreCase),
            string.Equals(challenge["userhash"], "true", StringComparison.OrdinalIgnoreCase));
    }
}
