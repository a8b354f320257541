namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// Scan-line polygon fill with the non-zero winding rule: a pixel is inside when the polygon winds around
/// its centre (x + 0.5, y + 0.5) a non-zero number of times. Non-convex and self-intersecting polygons are
/// handled; for a privacy mask the non-zero rule is the safe choice, as it covers everything even-odd would
/// (a self-crossing star is filled whole). Edges follow a half-open rule (a centre exactly on a left or
/// top edge is inside, on a right or bottom edge outside), so adjacent polygons never overlap or leave gaps.
/// </summary>
internal static class PolygonRasterizer
{
    /// <summary>Writes <paramref name="value"/> into every covered pixel of a <paramref name="width"/> × <paramref name="height"/> grid; returns how many.</summary>
    /// <param name="points">Vertices in pixel units (x right, y down); the polygon closes back to the first point.</param>
    public static int Fill(ReadOnlySpan<(double X, double Y)> points, int width, int height, Span<byte> coverage, int stride, byte value)
    {
        if (points.Length < 3)
        {
            return 0;
        }

        var minY = double.MaxValue;
        var maxY = double.MinValue;
        foreach (var p in points)
        {
            minY = Math.Min(minY, p.Y);
            maxY = Math.Max(maxY, p.Y);
        }

        var firstRow = Math.Max(0, (int)Math.Ceiling(minY - 0.5));
        var lastRow = Math.Min(height - 1, (int)Math.Ceiling(maxY - 0.5) - 1);
        Span<double> xs = points.Length <= 256 ? stackalloc double[points.Length] : new double[points.Length];
        Span<int> directions = points.Length <= 256 ? stackalloc int[points.Length] : new int[points.Length];
        var filled = 0;
        for (var row = firstRow; row <= lastRow; row++)
        {
            var count = Crossings(points, row + 0.5, xs, directions);
            var winding = 0;
            for (var i = 0; i < count - 1; i++)
            {
                winding += directions[i];
                if (winding == 0)
                {
                    continue;
                }

                // pixel centres x + 0.5 in [xs[i], xs[i + 1])
                var x0 = Math.Max(0, (int)Math.Ceiling(xs[i] - 0.5));
                var x1 = Math.Min(width, (int)Math.Ceiling(xs[i + 1] - 0.5));
                if (x1 > x0)
                {
                    coverage.Slice((row * stride) + x0, x1 - x0).Fill(value);
                    filled += x1 - x0;
                }
            }
        }

        return filled;
    }

    /// <summary>The x of every edge crossing of the horizontal line at <paramref name="y"/>, sorted, with the edge direction (+1 down, −1 up).</summary>
    private static int Crossings(ReadOnlySpan<(double X, double Y)> points, double y, Span<double> xs, Span<int> directions)
    {
        var count = 0;
        for (var i = 0; i < points.Length; i++)
        {
            var a = points[i];
            var b = points[(i + 1) % points.Length];
            if (a.Y == b.Y)
            {
                continue; // horizontal edges add no crossing
            }

            var (low, high, direction) = a.Y < b.Y ? (a, b, 1) : (b, a, -1);
            if (y < low.Y || y >= high.Y)
            {
                continue;
            }

            var x = low.X + ((y - low.Y) * (high.X - low.X) / (high.Y - low.Y));

            // insertion sort: polygons are small
            var j = count;
            while (j > 0 && xs[j - 1] > x)
            {
                xs[j] = xs[j - 1];
                directions[j] = directions[j - 1];
                j--;
            }

            xs[j] = x;
            directions[j] = direction;
            count++;
        }

        return count;
    }
}
