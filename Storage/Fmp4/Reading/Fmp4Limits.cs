namespace Vms.Storage.Fmp4.Reading;

/// <summary>Caps applied while reading, so a hostile or corrupt file cannot make the reader allocate or loop without bound.</summary>
internal sealed record Fmp4Limits
{
    public static readonly Fmp4Limits Default = new();

    /// <summary>Largest moov box read into memory.</summary>
    public int MaxMovieBoxBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Largest moof box read into memory.</summary>
    public int MaxFragmentHeaderBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Most samples in one fragment (all runs together).</summary>
    public int MaxSamplesPerFragment { get; init; } = 100_000;

    /// <summary>Largest single sample.</summary>
    public int MaxSampleBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Most fragments scanned in one file.</summary>
    public int MaxFragments { get; init; } = 1_000_000;

    /// <summary>Most tracks in moov.</summary>
    public int MaxTracks { get; init; } = 16;

    /// <summary>Deepest box nesting followed.</summary>
    public int MaxDepth { get; init; } = 12;

    /// <summary>Most top-level boxes skipped before moov is found.</summary>
    public int MaxBoxesBeforeMovie { get; init; } = 64;
}
