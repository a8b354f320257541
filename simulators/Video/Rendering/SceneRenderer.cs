using System.Globalization;

namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// Draws a camera scene into one stream's picture, incrementally. Layers, bottom to top: the panorama
/// (cached, redrawn only when pan/tilt/zoom or the panoramic flag change), the bouncing block, the
/// camera name, the UTC clock (to the millisecond), the frame counter, then the privacy masks over all.
/// Each frame only the macroblocks something may have touched are redrawn: text cells whose characters
/// changed, the block's old and new squares, mask areas when masks change (everything when the view
/// moves). A redrawn macroblock is compared with its previous samples; only real changes reach
/// <see cref="Changes"/>, which is what the P picture codes.
/// </summary>
internal sealed class SceneRenderer
{
    private readonly YuvFrame _background;
    private readonly MaskLayer _masks;
    private readonly DirtyTracker _dirty;
    private readonly OsdLayout _osd;
    private readonly BouncingBlock _block;
    private readonly char[] _scratch = new char[32];
    private SceneState? _last;
    private PanoramaView _view;
    private PixelRect _blockRect;

    public SceneRenderer(int width, int height)
    {
        Frame = new YuvFrame(width, height);
        _background = new YuvFrame(width, height);
        _masks = new MaskLayer(Frame);
        _dirty = new DirtyTracker(Frame.WidthInMbs, Frame.HeightInMbs);
        Changes = new MacroblockMap(Frame.WidthInMbs, Frame.HeightInMbs);
        _osd = new OsdLayout(width, height);
        _block = new BouncingBlock(width, height);
    }

    /// <summary>The picture after the last <see cref="Render"/>.</summary>
    public YuvFrame Frame { get; }

    /// <summary>The macroblocks the last <see cref="Render"/> changed.</summary>
    public MacroblockMap Changes { get; }

    /// <summary>How many macroblocks the last render redrew (changed or not).</summary>
    public int RedrawnMacroblocks { get; private set; }

    /// <summary>Brings <see cref="Frame"/> to <paramref name="state"/> at <paramref name="captureTime"/>, frame number <paramref name="frameIndex"/>.</summary>
    public void Render(SceneState state, DateTimeOffset captureTime, long frameIndex)
    {
        ArgumentNullException.ThrowIfNull(state);
        Changes.ClearChanged();
        _dirty.Clear();
        var first = _last is null;
        var view = PanoramaView.For(Frame.Width, Frame.Height, state.Position, state.Panoramic);
        if (first || view != _view)
        {
            _view = view;
            PanoramaRenderer.Render(_background, view, _osd.Scale);
            _dirty.MarkAll();
        }

        if (first || !ReferenceEquals(state.Masks, _last!.Masks))
        {
            _masks.Rebuild(state.Masks, _dirty);
        }

        _osd.Name.Set(state.Name, _dirty);
        _osd.Clock.Set(FormatClock(captureTime), _dirty);
        _osd.Counter.Set(FormatCounter(frameIndex), _dirty);
        var blockRect = _block.At(frameIndex);
        if (first || blockRect != _blockRect)
        {
            _dirty.Mark(_blockRect);
            _dirty.Mark(blockRect);
            _blockRect = blockRect;
        }

        foreach (var index in _dirty.Marked)
        {
            RedrawMacroblock(index, first);
        }

        RedrawnMacroblocks = _dirty.Marked.Count;
        _last = state;
    }

    private void RedrawMacroblock(int index, bool alwaysChanged)
    {
        var mbX = index % Frame.WidthInMbs;
        var mbY = index / Frame.WidthInMbs;
        var rect = PixelRect.Macroblock(mbX, mbY);
        Span<byte> before = stackalloc byte[384];
        Frame.ReadMacroblock(mbX, mbY, before);

        Frame.CopyMacroblockFrom(_background, mbX, mbY);
        var block = _blockRect.Intersect(rect);
        if (!block.IsEmpty)
        {
            Frame.Fill(block, BouncingBlock.Color);
        }

        _osd.Name.Draw(Frame, rect);
        _osd.Clock.Draw(Frame, rect);
        _osd.Counter.Draw(Frame, rect);
        if (_masks.Touches(index))
        {
            _masks.Apply(Frame, mbX, mbY);
        }

        Span<byte> after = stackalloc byte[384];
        Frame.ReadMacroblock(mbX, mbY, after);
        if (alwaysChanged || !before.SequenceEqual(after))
        {
            Changes.MarkChanged(index);
        }
    }

    /// <summary>"2026-07-01 10:00:00.123Z".</summary>
    private ReadOnlySpan<char> FormatClock(DateTimeOffset time)
    {
        time.UtcDateTime.TryFormat(_scratch, out var written, "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
        _scratch[written] = 'Z';
        return _scratch.AsSpan(0, written + 1);
    }

    /// <summary>"#0001234".</summary>
    private ReadOnlySpan<char> FormatCounter(long frameIndex)
    {
        _scratch[0] = '#';
        frameIndex.TryFormat(_scratch.AsSpan(1), out var written, "D7", CultureInfo.InvariantCulture);
        return _scratch.AsSpan(0, written + 1);
    }
}
