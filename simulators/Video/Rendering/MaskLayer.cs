namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// The privacy masks of a scene rasterized at one stream's size: which mask (if any) covers each luma
/// sample and each chroma sample, and which macroblocks any mask touches. Built once per mask change;
/// drawing a macroblock then costs a table look-up per sample. Later masks lie over earlier ones.
/// </summary>
internal sealed class MaskLayer
{
    private readonly int _lumaStride;
    private readonly int _chromaStride;
    private readonly byte[] _luma;
    private readonly byte[] _chroma;
    private readonly bool[] _touched;
    private readonly int _widthInMbs;
    private YuvColor[] _colors = [];

    public MaskLayer(YuvFrame geometry)
    {
        _lumaStride = geometry.LumaStride;
        _chromaStride = geometry.ChromaStride;
        _luma = new byte[geometry.Y.Length];
        _chroma = new byte[geometry.U.Length];
        _widthInMbs = geometry.WidthInMbs;
        _touched = new bool[geometry.WidthInMbs * geometry.HeightInMbs];
        Width = geometry.Width;
        Height = geometry.Height;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>True when no enabled mask covers any sample.</summary>
    public bool IsEmpty { get; private set; } = true;

    public bool Touches(int mbIndex) => _touched[mbIndex];

    /// <summary>Re-rasterizes <paramref name="masks"/>; the macroblocks touched before or after are reported to <paramref name="changed"/>.</summary>
    public void Rebuild(IReadOnlyList<PrivacyMask> masks, DirtyTracker changed)
    {
        MarkTouched(changed);
        Array.Clear(_luma);
        Array.Clear(_chroma);
        Array.Clear(_touched);
        var colors = new List<YuvColor>();
        var points = new List<(double X, double Y)>();
        foreach (var mask in masks)
        {
            if (!mask.Enabled || colors.Count == byte.MaxValue)
            {
                continue;
            }

            colors.Add(YuvColor.FromRgb(mask.Color));
            var id = (byte)colors.Count;
            points.Clear();
            foreach (var p in mask.Polygon)
            {
                // ONVIF normalized → pixels: px = (x + 1) / 2 · W, py = (1 − y) / 2 · H
                points.Add(((p.X + 1) / 2 * Width, (1 - p.Y) / 2 * Height));
            }

            var pts = points.ToArray();
            PolygonRasterizer.Fill(pts, Width, Height, _luma, _lumaStride, id);

            // chroma samples are tested at their own centres: the same polygon at half scale
            for (var i = 0; i < pts.Length; i++)
            {
                pts[i] = (pts[i].X / 2, pts[i].Y / 2);
            }

            PolygonRasterizer.Fill(pts, Width / 2, Height / 2, _chroma, _chromaStride, id);
        }

        _colors = [.. colors];
        IsEmpty = true;
        for (var i = 0; i < _touched.Length; i++)
        {
            var mbX = i % _widthInMbs;
            var mbY = i / _widthInMbs;
            var any = false;
            for (var row = 0; row < 16 && !any; row++)
            {
                any = _luma.AsSpan(((mbY * 16) + row) * _lumaStride + (mbX * 16), 16).ContainsAnyExcept((byte)0);
            }

            for (var row = 0; row < 8 && !any; row++)
            {
                any = _chroma.AsSpan(((mbY * 8) + row) * _chromaStride + (mbX * 8), 8).ContainsAnyExcept((byte)0);
            }

            _touched[i] = any;
            IsEmpty &= !any;
        }

        MarkTouched(changed);
    }

    /// <summary>Paints the masks over macroblock (<paramref name="mbX"/>, <paramref name="mbY"/>) of <paramref name="frame"/>.</summary>
    public void Apply(YuvFrame frame, int mbX, int mbY)
    {
        for (var row = 0; row < 16; row++)
        {
            var o = (((mbY * 16) + row) * _lumaStride) + (mbX * 16);
            var ids = _luma.AsSpan(o, 16);
            for (var i = 0; i < 16; i++)
            {
                if (ids[i] != 0)
                {
                    frame.Y[o + i] = _colors[ids[i] - 1].Y;
                }
            }
        }

        for (var row = 0; row < 8; row++)
        {
            var o = (((mbY * 8) + row) * _chromaStride) + (mbX * 8);
            var ids = _chroma.AsSpan(o, 8);
            for (var i = 0; i < 8; i++)
            {
                if (ids[i] != 0)
                {
                    var c = _colors[ids[i] - 1];
                    frame.U[o + i] = c.U;
                    frame.V[o + i] = c.V;
                }
            }
        }
    }

    private void MarkTouched(DirtyTracker changed)
    {
        for (var i = 0; i < _touched.Length; i++)
        {
            if (_touched[i])
            {
                changed.Mark(i);
            }
        }
    }
}
