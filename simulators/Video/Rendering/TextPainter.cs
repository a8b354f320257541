namespace Vms.Simulators.Video.Rendering;

/// <summary>Draws text with <see cref="BitmapFont"/>, each font pixel a <c>scale × scale</c> square, luma only, clipped.</summary>
internal static class TextPainter
{
    public static int CellWidth(int scale) => BitmapFont.CellWidth * scale;

    public static int CellHeight(int scale) => BitmapFont.CellHeight * scale;

    /// <summary>The rectangle of character cell <paramref name="index"/> of text drawn at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static PixelRect Cell(int x, int y, int index, int scale) =>
        new(x + (index * CellWidth(scale)), y, CellWidth(scale), CellHeight(scale));

    /// <summary>Draws <paramref name="text"/> with the first cell's top-left at (<paramref name="x"/>, <paramref name="y"/>), inside <paramref name="clip"/>.</summary>
    public static void Draw(YuvFrame frame, PixelRect clip, int x, int y, ReadOnlySpan<char> text, int scale, byte luma)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Cell(x, y, i, scale).Intersects(clip))
            {
                DrawGlyph(frame, clip, x + (i * CellWidth(scale)), y, text[i], scale, luma);
            }
        }
    }

    private static void DrawGlyph(YuvFrame frame, PixelRect clip, int x, int y, char c, int scale, byte luma)
    {
        var rows = BitmapFont.GlyphRows(c);
        for (var r = 0; r < BitmapFont.GlyphHeight; r++)
        {
            var bits = rows[r];
            var py = y + (r * scale);
            if (bits == 0 || py + scale <= clip.Y || py >= clip.Bottom)
            {
                continue;
            }

            for (var col = 0; col < BitmapFont.GlyphWidth; col++)
            {
                if ((bits & (0x10 >> col)) != 0)
                {
                    frame.FillLuma(new PixelRect(x + (col * scale), py, scale, scale).Intersect(clip), luma);
                }
            }
        }
    }
}
