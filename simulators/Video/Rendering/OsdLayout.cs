namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// Where the on-screen display goes at a given picture size: text scale, and three one-line boxes, each a
/// whole number of macroblock rows high and starting on a macroblock boundary (camera name and UTC clock at
/// the top left, frame counter at the bottom left), so a changing digit dirties as few macroblocks as possible.
/// </summary>
internal sealed class OsdLayout
{
    public const int Margin = 16;

    public OsdLayout(int width, int height)
    {
        Scale = TextScale(height);
        LineHeight = RoundUpTo16(TextPainter.CellHeight(Scale));
        MaxChars = Math.Max(1, (width - (2 * Margin) - (2 * Scale)) / TextPainter.CellWidth(Scale));
        Name = new OsdText(Margin, Margin, LineHeight, Scale, MaxChars);
        Clock = new OsdText(Margin, Margin + LineHeight, LineHeight, Scale, MaxChars);
        var counterY = Math.Max(Margin + (2 * LineHeight), ((height - Margin - LineHeight) / 16) * 16);
        Counter = new OsdText(Margin, counterY, LineHeight, Scale, MaxChars);
    }

    /// <summary>Font pixel size in picture pixels: 1 up to 288 lines, 2 up to 576, 3 up to 800, else 4.</summary>
    public int Scale { get; }

    public int LineHeight { get; }

    public int MaxChars { get; }

    public OsdText Name { get; }

    public OsdText Clock { get; }

    public OsdText Counter { get; }

    public static int TextScale(int height) => height switch
    {
        <= 288 => 1,
        <= 576 => 2,
        <= 800 => 3,
        _ => 4,
    };

    private static int RoundUpTo16(int value) => (value + 15) / 16 * 16;
}
