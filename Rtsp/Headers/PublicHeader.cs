using System.Diagnostics.CodeAnalysis;

namespace Vms.Rtsp.Headers;

/// <summary>The Public header of an OPTIONS response: the methods the server supports (RFC 2326 §12.28).</summary>
public sealed record PublicHeader(IReadOnlyList<string> Methods)
{
    /// <summary>True when <paramref name="method"/> is listed (methods are case-sensitive).</summary>
    public bool Supports(string method) => Methods.Contains(method, StringComparer.Ordinal);

    public static bool TryParse(string? text, [NotNullWhen(true)] out PublicHeader? header)
    {
        header = null;
        if (text is null)
        {
            return false;
        }

        var items = HeaderSyntax.Split(text, ',');
        if (items.Count is 0 or > HeaderSyntax.MaxItems || !items.All(i => Messages.RtspSyntax.IsToken(i)))
        {
            return false;
        }

        header = new PublicHeader(items);
        return true;
    }

    public string Format() => string.Join(", ", Methods);

    public override string ToString() => Format();

    public bool Equals(PublicHeader? other) => other is not null && ListEquality.Equal(Methods, other.Methods);

    public override int GetHashCode() => ListEquality.Hash(Methods);
}
