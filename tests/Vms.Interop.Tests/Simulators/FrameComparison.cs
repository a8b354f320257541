namespace Vms.Interop.Tests.Simulators;

/// <summary>Compares decoded RGB24 frames (packed rows) over a band of rows, e.g. below the clock and name overlays.</summary>
internal static class FrameComparison
{
    /// <summary>The mean absolute difference per channel byte over rows [<paramref name="fromRow"/>, <paramref name="toRow"/>).</summary>
    public static double MeanAbsoluteDifference(byte[] a, byte[] b, int width, int fromRow, int toRow)
    {
        CheckSizes(a, b, width, toRow);
        long sum = 0;
        for (var i = fromRow * width * 3; i < toRow * width * 3; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }

        return sum / (double)((toRow - fromRow) * width * 3);
    }

    /// <summary>
    /// The fraction of <paramref name="block"/>×<paramref name="block"/> pixel blocks over rows [<paramref name="fromRow"/>,
    /// <paramref name="toRow"/>) whose mean colour differs by at most <paramref name="tolerance"/> on every channel. Block
    /// means do not depend on how finely the encoder quantised that frame, so the same view compares equal at any bitrate;
    /// a turned view does not (the scene's colours are large areas).
    /// </summary>
    public static double SimilarBlockFraction(byte[] a, byte[] b, int width, int fromRow, int toRow, int block = 16, int tolerance = 20)
    {
        CheckSizes(a, b, width, toRow);
        int similar = 0, total = 0;
        for (var y0 = fromRow; y0 + block <= toRow; y0 += block)
        {
            for (var x0 = 0; x0 + block <= width; x0 += block)
            {
                var close = true;
                for (var c = 0; c < 3 && close; c++)
                {
                    long sa = 0, sb = 0;
                    for (var y = y0; y < y0 + block; y++)
                    {
                        for (var x = x0; x < x0 + block; x++)
                        {
                            var i = (((y * width) + x) * 3) + c;
                            sa += a[i];
                            sb += b[i];
                        }
                    }

                    close = Math.Abs(sa - sb) <= (long)tolerance * block * block;
                }

                similar += close ? 1 : 0;
                total++;
            }
        }

        return similar / (double)total;
    }

    private static void CheckSizes(byte[] a, byte[] b, int width, int toRow)
    {
        Assert.True(a.Length == b.Length, $"frames of {a.Length} and {b.Length} bytes");
        Assert.True(a.Length >= toRow * width * 3, $"a frame of {a.Length} bytes has fewer than {toRow} rows of {width} pixels");
    }
}
