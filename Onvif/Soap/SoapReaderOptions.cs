namespace Vms.Onvif.Soap;

/// <summary>Limits applied while reading an envelope.</summary>
public sealed record SoapReaderOptions
{
    /// <summary>The defaults: 1 MiB, depth 64.</summary>
    public static SoapReaderOptions Default { get; } = new();

    /// <summary>Largest accepted message in bytes (1 MiB by default).</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest accepted element nesting, the Envelope being depth 0 (64 by default).</summary>
    public int MaxDepth { get; init; } = 64;
}
