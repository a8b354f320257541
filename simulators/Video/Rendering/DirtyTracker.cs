namespace Vms.Simulators.Video.Rendering;

/// <summary>The macroblocks to redraw for the next frame, each listed once.</summary>
internal sealed class DirtyTracker
{
    private readonly bool[] _marked;
    private readonly List<int> _list = [];

    public DirtyTracker(int widthInMbs, int heightInMbs)
    {
        WidthInMbs = widthInMbs;
        HeightInMbs = heightInMbs;
        _marked = new bool[widthInMbs * heightInMbs];
    }

    public int WidthInMbs { get; }

    public int HeightInMbs { get; }

    public IReadOnlyList<int> Marked => _list;

    public void Mark(int index)
    {
        if (!_marked[index])
        {
            _marked[index] = true;
            _list.Add(index);
        }
    }

    /// <summary>Marks every macroblock that <paramref name="rect"/> overlaps.</summary>
    public void Mark(PixelRect rect)
    {
        var r = rect.Intersect(new PixelRect(0, 0, WidthInMbs * 16, HeightInMbs * 16));
        if (r.IsEmpty)
        {
            return;
        }

        for (var mbY = r.Y / 16; mbY <= (r.Bottom - 1) / 16; mbY++)
        {
            for (var mbX = r.X / 16; mbX <= (r.Right - 1) / 16; mbX++)
            {
                Mark((mbY * WidthInMbs) + mbX);
            }
        }
    }

    public void MarkAll()
    {
        for (var i = 0; i < _marked.Length; i++)
        {
            Mark(i);
        }
    }

    public void Clear()
    {
        foreach (var i in _list)
        {
            _marked[i] = false;
        }

        _list.Clear();
    }
}
