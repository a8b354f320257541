using System.Globalization;

namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// Draws the synthetic panorama seen through a <see cref="PanoramaView"/>: eight compass sectors of 45° in
/// distinct colours (N red, NE orange, E yellow, SE green, S teal, SW blue, W purple, NW magenta), six
/// elevation bands of 30° (darker below the horizon, paler above), a white grid every few degrees whose lines
/// are labelled with their ONVIF pan (P) and tilt (T) values, and the sector names on the horizon. Any change
/// of pan, tilt or zoom visibly moves all of it.
/// </summary>
internal static class PanoramaRenderer
{
    private const byte LineLuma = 235;
    private const byte LabelBoxLuma = 32;
    private const byte LabelTextLuma = 235;
    private const byte SectorNameLuma = 16;

    /// <summary>Characters in a grid label ("P+0.250").</summary>
    private const int LabelLength = 7;

    private static readonly RgbColor[] SectorColors =
    [
        new(200, 50, 50), new(210, 130, 40), new(190, 180, 50), new(60, 160, 60),
        new(40, 160, 160), new(50, 80, 200), new(120, 60, 190), new(190, 60, 140),
    ];

    private static readonly string[] SectorNames = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];

    // grid spacing candidates in degrees; each divides 180 so the ±180° seam falls on a line
    private static readonly int[] GridSteps = [1, 2, 5, 10, 15, 30, 45, 90];

    private static readonly YuvColor[] Palette = BuildPalette();

    /// <summary>Renders the whole coded area of <paramref name="target"/>.</summary>
    public static void Render(YuvFrame target, PanoramaView view, int textScale)
    {
        var codedWidth = target.CodedWidth;
        var codedHeight = target.CodedHeight;
        var sector = new int[codedWidth];
        for (var x = 0; x < codedWidth; x++)
        {
            sector[x] = Sector(view.AzimuthAt(x));
        }

        var band = new int[codedHeight];
        for (var y = 0; y < codedHeight; y++)
        {
            band[y] = Band(view.ElevationAt(y));
        }

        FillBackground(target, sector, band);
        var lineWidth = Math.Max(1, textScale);
        var labelScale = Math.Max(1, textScale / 2);
        var labelWidth = (LabelLength * TextPainter.CellWidth(labelScale)) + (4 * labelScale) + lineWidth;
        var step = GridStep(view.HorizontalFieldOfView, labelWidth * view.DegreesPerPixel);
        var columns = GridLines(codedWidth, step, view.AzimuthAt, ascending: true);
        var rows = GridLines(codedHeight, step, view.ElevationAt, ascending: false);
        foreach (var (x, _) in columns)
        {
            target.Fill(new PixelRect(x, 0, lineWidth, codedHeight), YuvColor.Gray(LineLuma));
        }

        foreach (var (y, _) in rows)
        {
            target.Fill(new PixelRect(0, y, codedWidth, lineWidth), YuvColor.Gray(LineLuma));
        }

        DrawSectorNames(target, view, textScale);
        DrawLabels(target, view, columns, rows, lineWidth, labelScale);
    }

    /// <summary>The compass sector (0 = N … 7 = NW) of an azimuth.</summary>
    public static int Sector(double azimuth)
    {
        var a = (azimuth + 22.5) % 360;
        if (a < 0)
        {
            a += 360;
        }

        return Math.Min(7, (int)(a / 45));
    }

    /// <summary>The elevation band (0 = −90°..−60° … 5 = 60°..90°).</summary>
    public static int Band(double elevation) => Math.Clamp((int)Math.Floor((elevation + 90) / 30), 0, 5);

    /// <summary>The fill colour of a sector and band.</summary>
    public static YuvColor ColorOf(int sector, int band) => Palette[(sector * 6) + band];

    /// <summary>The grid spacing: the finest step that keeps at most eight lines across the view and room for a label between lines.</summary>
    public static int GridStep(double horizontalFieldOfView, double minimumDegrees)
    {
        foreach (var s in GridSteps)
        {
            if (horizontalFieldOfView / s <= 8 && s >= minimumDegrees)
            {
                return s;
            }
        }

        return GridSteps[^1];
    }

    private static void FillBackground(YuvFrame target, int[] sector, int[] band)
    {
        var lumaRows = new byte[6][];
        var uRows = new byte[6][];
        var vRows = new byte[6][];
        var chromaWidth = target.ChromaStride;
        foreach (var b in band.Distinct())
        {
            var luma = lumaRows[b] = new byte[target.LumaStride];
            var u = uRows[b] = new byte[chromaWidth];
            var v = vRows[b] = new byte[chromaWidth];
            for (var x = 0; x < luma.Length; x++)
            {
                luma[x] = ColorOf(sector[x], b).Y;
            }

            for (var cx = 0; cx < chromaWidth; cx++)
            {
                var c = ColorOf(sector[2 * cx], b);
                u[cx] = c.U;
                v[cx] = c.V;
            }
        }

        for (var y = 0; y < target.CodedHeight; y++)
        {
            lumaRows[band[y]].CopyTo(target.Y, y * target.LumaStride);
        }

        for (var cy = 0; cy < target.CodedHeight / 2; cy++)
        {
            uRows[band[2 * cy]].CopyTo(target.U, cy * chromaWidth);
            vRows[band[2 * cy]].CopyTo(target.V, cy * chromaWidth);
        }
    }

    /// <summary>Pixel positions where the coordinate crosses a multiple of <paramref name="step"/>, with that multiple.</summary>
    private static List<(int Position, int Value)> GridLines(int length, int step, Func<int, double> coordinate, bool ascending)
    {
        var lines = new List<(int, int)>();
        var previous = Math.Floor(coordinate(0) / step);
        for (var i = 1; i < length; i++)
        {
            var current = Math.Floor(coordinate(i) / step);
            if (current != previous)
            {
                // moving right the azimuth rises past the multiple; moving down the elevation falls past it
                lines.Add((i, (int)((ascending ? current : previous) * step)));
                previous = current;
            }
        }

        return lines;
    }

    private static void DrawSectorNames(YuvFrame target, PanoramaView view, int textScale)
    {
        if (view.RowOf(0) is not { } horizon)
        {
            return;
        }

        var scale = 2 * textScale;
        var top = (int)horizon - TextPainter.CellHeight(scale) - (2 * textScale);
        for (var s = 0; s < SectorNames.Length; s++)
        {
            if (view.ColumnOf(s * 45) is { } x)
            {
                var name = SectorNames[s];
                var left = (int)x - (name.Length * TextPainter.CellWidth(scale) / 2);
                TextPainter.Draw(target, new PixelRect(0, 0, target.CodedWidth, target.CodedHeight), left, top, name, scale, SectorNameLuma);
            }
        }
    }

    /// <summary>Pan labels along the grid row nearest the centre, tilt labels along the grid column nearest the centre.</summary>
    private static void DrawLabels(YuvFrame target, PanoramaView view, List<(int Position, int Value)> columns, List<(int Position, int Value)> rows, int lineWidth, int scale)
    {
        var anchorRow = rows.Count > 0 ? rows.MinBy(r => Math.Abs(r.Position - (view.Height / 2))).Position : view.Height / 2;
        var anchorColumn = columns.Count > 0 ? columns.MinBy(c => Math.Abs(c.Position - (view.Width / 2))).Position : view.Width / 2;
        Span<char> text = stackalloc char[8];
        foreach (var (x, azimuth) in columns)
        {
            var length = Format(text, 'P', azimuth / 180.0);
            DrawLabel(target, x + lineWidth + scale, anchorRow + lineWidth + scale, text[..length], scale);
        }

        foreach (var (y, elevation) in rows)
        {
            var length = Format(text, 'T', elevation / 90.0);
            DrawLabel(target, anchorColumn + lineWidth + scale, y + lineWidth + scale + TextPainter.CellHeight(scale) + (3 * scale), text[..length], scale);
        }
    }

    private static void DrawLabel(YuvFrame target, int x, int y, ReadOnlySpan<char> text, int scale)
    {
        var box = new PixelRect(x, y, (text.Length * TextPainter.CellWidth(scale)) + scale, TextPainter.CellHeight(scale) + scale);
        target.Fill(box, YuvColor.Gray(LabelBoxLuma));
        TextPainter.Draw(target, box, x + scale, y + scale, text, scale, LabelTextLuma);
    }

    /// <summary>"P+0.250": a prefix letter and a signed value with three decimals.</summary>
    private static int Format(Span<char> destination, char prefix, double value)
    {
        destination[0] = prefix;
        destination[1] = value < 0 ? '-' : '+';
        Math.Abs(value).TryFormat(destination[2..], out var written, "0.000", CultureInfo.InvariantCulture);
        return 2 + written;
    }

    private static YuvColor[] BuildPalette()
    {
        var palette = new YuvColor[SectorColors.Length * 6];
        double[] ground = [0.45, 0.62, 0.8];
        double[] sky = [0.0, 0.3, 0.55];
        for (var s = 0; s < SectorColors.Length; s++)
        {
            var c = SectorColors[s];
            for (var b = 0; b < 6; b++)
            {
                RgbColor rgb = b < 3
                    ? new((byte)(c.R * ground[b]), (byte)(c.G * ground[b]), (byte)(c.B * ground[b]))
                    : new(Mix(c.R, sky[b - 3]), Mix(c.G, sky[b - 3]), Mix(c.B, sky[b - 3]));
                palette[(s * 6) + b] = YuvColor.FromRgb(rgb);
            }
        }

        return palette;
    }

    private static byte Mix(byte value, double towardsWhite) => (byte)Math.Round(value + ((255 - value) * towardsWhite));
}
