using System.Diagnostics.CodeAnalysis;

namespace Vms.Rtsp.Headers;

/// <summary>A port pair or channel pair in a Transport header (<c>5000-5001</c>), or a single value (<c>5000</c>).</summary>
public readonly record struct PortRange(int First, int? Last = null)
{
    /// <summary>The usual RTP/RTCP pair starting at <paramref name="first"/>.</summary>
    public static PortRange Pair(int first) => new(first, first + 1);

    public static bool TryParse(string? text, int max, [NotNullWhen(true)] out PortRange? range)
    {
        range = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            if (!HeaderSyntax.TryParseInt(text.Trim(), out var single) || single > max)
            {
                return false;
            }

            range = new PortRange(single);
            return true;
        }

        if (!HeaderSyntax.TryParseInt(text[..dash].Trim(), out var first) || first > max ||
            !HeaderSyntax.TryParseInt(text[(dash + 1)..].Trim(), out var last) || last > max)
        {
            return false;
        }

        range = new PortRange(first, last);
        return true;
    }

    public override string ToString() =>
        Last is { } last ? $"{HeaderSyntax.Format(First)}-{HeaderSyntax.Format(last)}" : HeaderSyntax.Format(First);
}
