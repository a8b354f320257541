namespace Vms.Storage.Fmp4;

/// <summary>
/// The samples of one track in the fragment being built: the run table and the sample bytes destined for
/// <c>mdat</c>. Reused from fragment to fragment; it owns its data buffer.
/// </summary>
internal sealed class TrackFragmentRun(int trackId, int initialDataCapacity = 64 * 1024) : IDisposable
{
    public int TrackId { get; } = trackId;

    /// <summary>Decode time of the first sample, in the track's timescale, from the segment origin.</summary>
    public ulong BaseMediaDecodeTime { get; set; }

    public List<FragmentSample> Samples { get; } = [];

    /// <summary>The samples' bytes, in order (length-prefixed NAL units for video).</summary>
    public BoxBuffer Data { get; } = new(initialDataCapacity);

    public bool IsEmpty => Samples.Count == 0;

    public void Clear()
    {
        Samples.Clear();
        Data.Clear();
        BaseMediaDecodeTime = 0;
    }

    public void Dispose() => Data.Dispose();
}
