namespace Vms.Onvif.Security;

/// <summary>The parameters of an <c>Authorization: Digest ...</c> header as a server reads them.</summary>
public sealed record DigestCredentials(
    string Username,
    string Realm,
    string Nonce,
    string Uri,
    string Response,
    DigestAlgorithm Algorithm,
    string? Qop,
    string? Nc,
    string? Cnonce,
    string? Opaque)
{
    /// <summary>Parses the header; null when it is not Digest or misses a required parameter.</summary>
    public static DigestCredentials? Parse(string? authorization)
    {
        var c = HttpAuthChallenge.Parse(authorization);
        if (c is null || !c.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase) ||
            c["username"] is not { } username || c["realm"] is not { } realm || c["nonce"] is not { } nonce ||
            c["uri"] is not { } uri || c["response"] is not { } response || !DigestHash.TryParse(c["algorithm"], out var algorithm))
        {
            return null;
        }

        return new DigestCredentials(username, realm, nonce, uri, response, algorithm, c["qop"], c["nc"], c["cnonce"], c["opaque"]);
    }
}
