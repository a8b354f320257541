namespace Vms.Storage.Fmp4;

/// <summary>One sample of a track fragment run (one <c>trun</c> entry).</summary>
internal struct FragmentSample
{
    public uint Duration;
    public uint Size;
    public uint Flags;
    public int CompositionOffset;

    public FragmentSample(uint duration, uint size, uint flags, int compositionOffset)
    {
        Duration = duration;
        Size = size;
        Flags = flags;
        CompositionOffset = compositionOffset;
    }
}
