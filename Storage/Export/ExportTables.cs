namespace Vms.Storage.Export;

/// <summary>The chosen samples grouped into chunks, plus the sums the headers need.</summary>
internal sealed class ExportTables
{
    private ExportTables(IReadOnlyList<ExportSample> samples, IReadOnlyList<ExportChunk> chunks)
    {
        Samples = samples;
        Chunks = chunks;
        foreach (var s in samples)
        {
            TotalDuration += s.Duration;
            PayloadBytes += s.Size;
            Keyframes += s.IsSync ? 1 : 0;
            HasCompositionOffsets |= s.CompositionOffset != 0;
        }
    }

    public IReadOnlyList<ExportSample> Samples { get; }

    public IReadOnlyList<ExportChunk> Chunks { get; }

    /// <summary>Sum of the sample durations, in the track timescale.</summary>
    public long TotalDuration { get; }

    public long PayloadBytes { get; }

    public int Keyframes { get; }

    public bool HasCompositionOffsets { get; }

    /// <summary>Groups consecutive samples that are contiguous in the same source into chunks.</summary>
    public static ExportTables Build(IReadOnlyList<ExportSample> samples)
    {
        var chunks = new List<ExportChunk>();
        var i = 0;
        while (i < samples.Count)
        {
            var first = samples[i];
            var end = first.Offset + first.Size;
            var count = 1;
            while (i + count < samples.Count && samples[i + count].Source == first.Source && samples[i + count].Offset == end)
            {
                end += samples[i + count].Size;
                count++;
            }

            chunks.Add(new ExportChunk(first.Source, first.Offset, end - first.Offset, count));
            i += count;
        }

        return new ExportTables(samples, chunks);
    }
}
