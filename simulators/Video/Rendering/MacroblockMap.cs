namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// Per-macroblock facts the renderer keeps for the encoder: which macroblocks changed in the last rendered
/// frame, and which are one flat colour (and that colour). Flatness is updated whenever a macroblock changes,
/// so an IDR never has to scan the picture.
/// </summary>
internal sealed class MacroblockMap
{
    private readonly List<int> _changedList = [];

    public MacroblockMap(int widthInMbs, int heightInMbs)
    {
        WidthInMbs = widthInMbs;
        HeightInMbs = heightInMbs;
        Changed = new bool[widthInMbs * heightInMbs];
        Flat = new bool[Changed.Length];
        FlatColor = new YuvColor[Changed.Length];
    }

    public int WidthInMbs { get; }

    public int HeightInMbs { get; }

    public int Count => Changed.Length;

    /// <summary>True for macroblocks whose samples differ from the previous frame.</summary>
    public bool[] Changed { get; }

    /// <summary>True for macroblocks whose 384 samples are one Y, one Cb and one Cr value.</summary>
    public bool[] Flat { get; }

    public YuvColor[] FlatColor { get; }

    /// <summary>The indexes set in <see cref="Changed"/>, in the order they were marked.</summary>
    public IReadOnlyList<int> ChangedList => _changedList;

    public void ClearChanged()
    {
        foreach (var i in _changedList)
        {
            Changed[i] = false;
        }

        _changedList.Clear();
    }

    public void MarkChanged(int index)
    {
        if (!Changed[index])
        {
            Changed[index] = true;
            _changedList.Add(index);
        }
    }

    /// <summary>Records whether the macroblock samples in <paramref name="samples"/> (I_PCM order) are one colour.</summary>
    public void UpdateFlatness(int index, ReadOnlySpan<byte> samples)
    {
        var y = samples[0];
        var u = samples[256];
        var v = samples[320];
        var flat = !samples[..256].ContainsAnyExcept(y) && !samples.Slice(256, 64).ContainsAnyExcept(u) && !samples.Slice(320, 64).ContainsAnyExcept(v);
        Flat[index] = flat;
        FlatColor[index] = flat ? new YuvColor(y, u, v) : default;
    }
}
