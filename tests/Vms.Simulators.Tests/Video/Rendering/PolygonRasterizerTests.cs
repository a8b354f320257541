using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Tests.Video.Rendering;

public sealed class PolygonRasterizerTests
{
    private const int Size = 32;

    [Fact]
    public void Fill_Rectangle_CoversExactlyThePixelsWhoseCentresAreInside()
    {
        var grid = Fill([(2, 2), (6, 2), (6, 5), (2, 5)]);

        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                Assert.Equal(x is >= 2 and < 6 && y is >= 2 and < 5, grid[(y * Size) + x] != 0);
            }
        }
    }

    [Fact]
    public void Fill_AdjacentPolygons_NeitherOverlapNorGap()
    {
        var grid = new byte[Size * Size];
        var a = PolygonRasterizer.Fill([(1.3, 1.7), (9.5, 1.7), (12.2, 20.4), (1.3, 20.4)], Size, Size, grid, Size, 1);
        var b = PolygonRasterizer.Fill([(9.5, 1.7), (30.1, 1.7), (30.1, 20.4), (12.2, 20.4)], Size, Size, grid, Size, 2);
        var union = PolygonRasterizer.Fill([(1.3, 1.7), (30.1, 1.7), (30.1, 20.4), (1.3, 20.4)], Size, Size, new byte[Size * Size], Size, 3);

        Assert.Equal(union, a + b);
        Assert.Equal(a, grid.Count(v => v == 1));
        Assert.Equal(b, grid.Count(v => v == 2));
    }

    [Fact]
    public void Fill_ConcaveU_LeavesTheNotchEmpty()
    {
        var grid = Fill([(2, 2), (8, 2), (8, 20), (20, 20), (20, 2), (26, 2), (26, 28), (2, 28)]);

        Assert.Equal(0, grid[(10 * Size) + 14]); // inside the notch
        Assert.NotEqual(0, grid[(10 * Size) + 4]); // left arm
        Assert.NotEqual(0, grid[(10 * Size) + 23]); // right arm
        Assert.NotEqual(0, grid[(24 * Size) + 14]); // base
    }

    [Fact]
    public void Fill_Pentagram_NonZeroFillsTheCentre()
    {
        // a self-intersecting five-pointed star: even-odd would leave the centre pentagon empty
        var star = Enumerable.Range(0, 5)
            .Select(i => i * 2 % 5)
            .Select(k => (16 + (14 * Math.Sin(k * 2 * Math.PI / 5)), 16 - (14 * Math.Cos(k * 2 * Math.PI / 5))))
            .ToArray();

        var grid = Fill(star);

        Assert.NotEqual(0, grid[(16 * Size) + 16]);
        Assert.NotEqual(0, grid[(5 * Size) + 16]); // top point
    }

    [Fact]
    public void Fill_BowTie_BothLobesFilled()
    {
        var grid = Fill([(2, 2), (30, 30), (30, 2), (2, 30)]);

        Assert.NotEqual(0, grid[(16 * Size) + 5]); // left lobe
        Assert.NotEqual(0, grid[(16 * Size) + 26]); // right lobe
        Assert.Equal(0, grid[(4 * Size) + 16]); // above the crossing
    }

    [Fact]
    public void Fill_ReversedOrientation_SameCoverage()
    {
        (double, double)[] polygon = [(3.2, 1.1), (28.7, 6.3), (17.5, 14.9), (25.1, 29.4), (4.4, 22.2)];

        Assert.Equal(Fill(polygon), Fill([.. polygon.Reverse()]));
    }

    [Theory]
    [InlineData(new double[] { 1, 1, 10, 10, 20, 20 })] // collinear
    [InlineData(new double[] { 4.6, 4.6, 5.4, 4.6, 5.4, 5.4 })] // smaller than a pixel, between centres
    [InlineData(new double[] { 1, 1, 5 })] // fewer than three points
    public void Fill_Degenerate_CoversNothing(double[] coordinates)
    {
        var points = coordinates.Chunk(2).Where(c => c.Length == 2).Select(c => (c[0], c[1])).ToArray();

        Assert.All(Fill(points), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Fill_BeyondTheGrid_ClippedWithoutError()
    {
        var grid = Fill([(-50, -50), (100, -50), (100, 100), (-50, 100)]);

        Assert.All(grid, v => Assert.Equal(1, v));
    }

    /// <summary>Random polygons (seeded) against a per-pixel winding-number computation.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Fill_RandomPolygons_MatchWindingNumberAtPixelCentres(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var points = Enumerable.Range(0, random.Next(3, 12))
                .Select(_ => ((random.NextDouble() * 40) - 4, (random.NextDouble() * 40) - 4))
                .ToArray();

            var grid = Fill(points);

            for (var y = 0; y < Size; y++)
            {
                for (var x = 0; x < Size; x++)
                {
                    var inside = Winding(points, x + 0.5, y + 0.5) != 0;
                    Assert.True(inside == (grid[(y * Size) + x] != 0), $"seed {seed} round {round} pixel ({x}, {y})");
                }
            }
        }
    }

    private static byte[] Fill((double X, double Y)[] points)
    {
        var grid = new byte[Size * Size];
        PolygonRasterizer.Fill(points, Size, Size, grid, Size, 1);
        return grid;
    }

    /// <summary>The winding number of the polygon around (px, py), counting upward and downward crossings of the ray to the right.</summary>
    private static int Winding((double X, double Y)[] points, double px, double py)
    {
        var winding = 0;
        for (var i = 0; i < points.Length; i++)
        {
            var (x0, y0) = points[i];
            var (x1, y1) = points[(i + 1) % points.Length];
            if (y0 == y1)
            {
                continue;
            }

            var (lowY, highY) = y0 < y1 ? (y0, y1) : (y1, y0);
            if (py < lowY || py >= highY)
            {
                continue;
            }

            var x = x0 + ((py - y0) * (x1 - x0) / (y1 - y0));
            if (x <= px)
            {
                winding += y1 > y0 ? 1 : -1;
            }
        }

        return winding;
    }
}
