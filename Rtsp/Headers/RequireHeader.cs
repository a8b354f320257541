using System.Diagnostics.CodeAnalysis;

namespace Vms.Rtsp.Headers;

/// <summary>
/// A list of feature tags, as in Require, Proxy-Require, Supported and Unsupported (RFC 2326 §12.32).
/// ONVIF replay uses <see cref="OnvifReplay"/>; a server that lacks a required feature answers 551 with an
/// Unsupported header listing it.
/// </summary>
public sealed record RequireHeader(IReadOnlyList<string> FeatureTags)
{
    /// <summary>The ONVIF replay extensions (Range clock=, Rate-Control, Frames, Immediate, reverse Scale).</summary>
    public const string OnvifReplay = "onvif-replay";

    /// <summary>True when <paramref name="tag"/> is listed (compared case-insensitively).</summary>
    public bool Contains(string tag) => FeatureTags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>The tags not in <paramref name="supported"/> (for the Unsupported header of a 551).</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> supported)
    {
        var known = supported.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. FeatureTags.Where(t => !known.Contains(t))];
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out RequireHeader? header)
    {
        header = null;
        if (text is null)
        {
            return false;
        }

        var items = HeaderSyntax.Split(text, ',');
        if (items.Count is 0 or > HeaderSyntax.MaxItems || items.Any(i => i.AsSpan().IndexOfAny(" \t;\"") >= 0))
        {
            return false;
        }

        header = new RequireHeader(items);
        return true;
    }

    public string Format() => string.Join(", ", FeatureTags);

    public override string ToString() => Format();

    public bool Equals(RequireHeader? other) => other is not null && ListEquality.Equal(FeatureTags, other.FeatureTags);

    public override int GetHashCode() => ListEquality.Hash(FeatureTags);
}
