namespace Vms.Storage.Fmp4.Reading;

/// <summary>What <c>moov</c> says: the tracks, our segment metadata if present, and where mehd's duration lives.</summary>
internal sealed class Fmp4Movie
{
    public required IReadOnlyList<Fmp4TrackInfo> Tracks { get; init; }

    /// <summary>Our metadata box; null for files written by others.</summary>
    public SegmentMetadata? Metadata { get; init; }

    public uint MovieTimescale { get; init; }

    /// <summary>File offset just past moov: where fragments start.</summary>
    public long MovieEnd { get; init; }

    /// <summary>File offset of mehd's fragment_duration, or -1 when there is no mehd.</summary>
    public long MehdDurationOffset { get; init; } = -1;

    /// <summary>Width in bytes of mehd's fragment_duration (8 for version 1, 4 for version 0).</summary>
    public int MehdDurationSize { get; init; }

    /// <summary>mehd's fragment_duration, in the movie timescale (0 when absent or not yet finalized).</summary>
    public ulong FragmentDuration { get; init; }

    /// <summary>True for our own segments: fragments must end with a valid check box.</summary>
    public bool IsOurSegment => Metadata is not null;

    public Fmp4TrackInfo? FindTrack(int trackId)
    {
        foreach (var t in Tracks)
        {
            if (t.TrackId == trackId)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The first video track, if any.</summary>
    public Fmp4TrackInfo? VideoTrack => Tracks.FirstOrDefault(t => t.IsVideo);
}
