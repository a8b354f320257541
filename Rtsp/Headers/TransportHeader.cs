using System.Diagnostics.CodeAnalysis;

namespace Vms.Rtsp.Headers;

/// <summary>
/// The Transport header: one or more <see cref="TransportSpec"/> separated by commas, in the client's order of
/// preference (RFC 2326 §12.39). A server answers with the single spec it chose.
/// </summary>
public sealed record TransportHeader(IReadOnlyList<TransportSpec> Specs)
{
    public TransportHeader(TransportSpec spec)
        : this([spec])
    {
    }

    /// <summary>Parses the header. Specs this layer cannot read (an unknown lower transport, a malformed
    /// protocol) are skipped so that a server can still pick one it knows; false when none is left.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TransportHeader? header)
    {
        header = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var items = HeaderSyntax.Split(text, ',');
        if (items.Count > HeaderSyntax.MaxItems)
        {
            return false;
        }

        var specs = new List<TransportSpec>(items.Count);
        foreach (var item in items)
        {
            if (TransportSpec.TryParse(item, out var spec))
            {
                specs.Add(spec);
            }
        }

        if (specs.Count == 0)
        {
            return false;
        }

        header = new TransportHeader(specs);
        return true;
    }

    public string Format() => string.Join(",", Specs.Select(s => s.Format()));

    public override string ToString() => Format();

    public bool Equals(TransportHeader? other) => other is not null && ListEquality.Equal(Specs, other.Specs);

    public override int GetHashCode() => ListEquality.Hash(Specs);
}
