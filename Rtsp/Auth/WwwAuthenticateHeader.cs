using System.Diagnostics.CodeAnalysis;

namespace Vms.Rtsp.Auth;

/// <summary>
/// WWW-Authenticate: one or more challenges, in one header line (comma-separated) or several lines.
/// </summary>
public static class WwwAuthenticateHeader
{
    /// <summary>Parses the challenges of one header value.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out IReadOnlyList<AuthenticationChallenge>? challenges)
    {
        challenges = null;
        if (!AuthCredentials.TryParseList(text, out var groups))
        {
            return false;
        }

        challenges = [.. groups.Select(g => new AuthenticationChallenge(g.Scheme, g.Parameters, g.Token68))];
        return true;
    }

    /// <summary>The challenges of every header line; lines that cannot be read are skipped.</summary>
    public static IReadOnlyList<AuthenticationChallenge> ParseAll(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new List<AuthenticationChallenge>();
        foreach (var value in values)
        {
            if (TryParse(value, out var challenges))
            {
                result.AddRange(challenges);
            }
        }

        return result;
    }

    /// <summary>One header value holding <paramref name="challenges"/> (a server may also send one line each).</summary>
    public static string Format(IEnumerable<AuthenticationChallenge> challenges) =>
        string.Join(", ", challenges.Select(c => c.Format()));
}
