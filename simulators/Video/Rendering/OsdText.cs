namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// One line of on-screen text on a dark box. Setting new text reports only the character cells that changed
/// (or the whole box when the length changes) to the <see cref="DirtyTracker"/>.
/// </summary>
internal sealed class OsdText
{
    private const byte TextLuma = 235;
    private static readonly YuvColor BoxColor = YuvColor.Gray(40);

    private readonly char[] _text;
    private readonly int _scale;
    private readonly int _lineHeight;
    private int _length;

    public OsdText(int x, int y, int lineHeight, int scale, int maxChars)
    {
        X = x;
        Y = y;
        _lineHeight = lineHeight;
        _scale = scale;
        _text = new char[maxChars];
    }

    public int X { get; }

    public int Y { get; }

    public ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

    /// <summary>The box behind the text (empty when there is no text).</summary>
    public PixelRect Box => _length == 0
        ? PixelRect.Empty
        : new PixelRect(X, Y, (_length * TextPainter.CellWidth(_scale)) + (2 * _scale), _lineHeight);

    private int TextX => X + _scale;

    private int TextY => Y + ((_lineHeight - (BitmapFont.GlyphHeight * _scale)) / 2);

    /// <summary>Replaces the text (cut to the box capacity), marking what must be redrawn.</summary>
    public void Set(ReadOnlySpan<char> text, DirtyTracker dirty)
    {
        if (text.Length > _text.Length)
        {
            text = text[.._text.Length];
        }

        if (text.Length != _length)
        {
            dirty.Mark(Box);
            text.CopyTo(_text);
            _length = text.Length;
            dirty.Mark(Box);
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (_text[i] != text[i])
            {
                _text[i] = text[i];
                dirty.Mark(TextPainter.Cell(TextX, TextY, i, _scale));
            }
        }
    }

    /// <summary>Draws the box and text inside <paramref name="clip"/>.</summary>
    public void Draw(YuvFrame frame, PixelRect clip)
    {
        var box = Box.Intersect(clip);
        if (box.IsEmpty)
        {
            return;
        }

        frame.Fill(box, BoxColor);
        TextPainter.Draw(frame, box, TextX, TextY, Text, _scale, TextLuma);
    }
}
