namespace Vms.Onvif.Discovery;

/// <summary>
/// WS-Discovery scope matching. The default rule (no MatchBy) and ONVIF's RFC 3986 rule are the URI-prefix rule:
/// scheme and authority equal ignoring case, the probe's path segments a segment-wise prefix of the device
/// scope's (case-sensitive, after percent-decoding), query and fragment ignored, "." and ".." never match.
/// <c>strcmp0</c> is exact comparison. Other rules are unsupported.
/// </summary>
public static class ScopeMatcher
{
    /// <summary>The MatchBy rules we implement.</summary>
    public static IReadOnlyList<string> SupportedRules { get; } =
        [DiscoveryConstants.MatchByRfc3986, DiscoveryConstants.MatchByRfc2396, DiscoveryConstants.MatchByStrcmp0];

    public static bool IsSupported(string? matchBy) => string.IsNullOrEmpty(matchBy) || SupportedRules.Contains(matchBy);

    /// <summary>True when every probe scope matches one of the device scopes (no probe scopes: true).</summary>
    public static bool MatchesAll(IEnumerable<string> probeScopes, IReadOnlyList<string> deviceScopes, string? matchBy)
    {
        foreach (var probe in probeScopes)
        {
            if (!deviceScopes.Any(d => Matches(probe, d, matchBy)))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Matches(string probeScope, string deviceScope, string? matchBy)
    {
        if (matchBy == DiscoveryConstants.MatchByStrcmp0)
        {
            return string.Equals(probeScope, deviceScope, StringComparison.Ordinal);
        }

        if (!IsSupported(matchBy))
        {
            return false;
        }

        if (!TrySplit(probeScope, out var pScheme, out var pAuthority, out var pSegments) ||
            !TrySplit(deviceScope, out var dScheme, out var dAuthority, out var dSegments))
        {
            return false;
        }

        if (!pScheme.Equals(dScheme, StringComparison.OrdinalIgnoreCase) ||
            !pAuthority.Equals(dAuthority, StringComparison.OrdinalIgnoreCase) ||
            pSegments.Count > dSegments.Count)
        {
            return false;
        }

        for (var i = 0; i < pSegments.Count; i++)
        {
            if (!string.Equals(pSegments[i], dSegments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TrySplit(string uri, out string scheme, out string authority, out List<string> segments)
    {
        scheme = authority = string.Empty;
        segments = [];
        var colon = uri.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        scheme = uri[..colon];
        var rest = uri[(colon + 1)..];
        var end = rest.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            rest = rest[..end];
        }

        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = rest.IndexOf('/', 2);
            authority = slash < 0 ? rest[2..] : rest[2..slash];
            rest = slash < 0 ? string.Empty : rest[slash..];
        }

        foreach (var raw in rest.Split('/'))
        {
            if (raw.Length == 0)
            {
                continue; // leading slash, doubled or trailing slashes
            }

            string segment;
            try
            {
                segment = Uri.UnescapeDataString(raw);
            }
            catch (UriFormatException)
            {
                return false;
            }

            if (segment is "." or "..")
            {
                return false;
            }

            segments.Add(segment);
        }

        return true;
    }
}
