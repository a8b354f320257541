namespace Vms.Simulators.Video.Rendering;

/// <summary>Which macroblocks changed in the last rendered frame: what a P picture must code.</summary>
internal sealed class MacroblockMap
{
    private readonly List<int> _changedList = [];

    public MacroblockMap(int widthInMbs, int heightInMbs)
    {
        WidthInMbs = widthInMbs;
        HeightInMbs = heightInMbs;
        Changed = new bool[widthInMbs * heightInMbs];
    }

    public int WidthInMbs { get; }

    public int HeightInMbs { get; }

    public int Count => Changed.Length;

    /// <summary>True for macroblocks whose samples differ from the previous frame.</summary>
    public bool[] Changed { get; }

    /// <summary>How many macroblocks are marked.</summary>
    public int ChangedCount => _changedList.Count;

    /// <summary>The marked macroblocks, in marking order.</summary>
    public IReadOnlyList<int> ChangedIndexes => _changedList;

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
}
