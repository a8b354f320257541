namespace Vms.Storage.Fmp4.Reading;

/// <summary>One complete movie fragment: its place in the file, its wall-clock stamp and its samples.</summary>
internal sealed class Fmp4Fragment
{
    /// <summary>First byte of the fragment (its prft when present, else its moof).</summary>
    public required long Offset { get; init; }

    public required long MoofOffset { get; init; }

    public required long MdatOffset { get; init; }

    /// <summary>First byte after mdat.</summary>
    public required long MdatEnd { get; init; }

    /// <summary>First byte after the fragment (after its check box for our segments).</summary>
    public required long End { get; init; }

    public required uint SequenceNumber { get; init; }

    public Fmp4ProducerTime? ProducerTime { get; init; }

    public required IReadOnlyList<Fmp4TrackRun> Runs { get; init; }

    public Fmp4TrackRun? RunOf(int trackId)
    {
        foreach (var r in Runs)
        {
            if (r.TrackId == trackId)
            {
                return r;
            }
        }

        return null;
    }
}
