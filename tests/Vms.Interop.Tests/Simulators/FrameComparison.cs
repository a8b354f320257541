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
    /// The fraction of pixels over rows [<paramref name="fromRow"/>, <paramref name="toRow"/>) whose three channels all
    /// differ by at most <paramref name="tolerance"/>: near 1 for the same view (coding noise and the scene's small
    /// moving block aside), low when the view has turned.
    /// </summary>
    public static double SimilarPixelFraction(byte[] a, byte[] b, int width, int fromRow, int toRow, int tolerance = 40)
    {
        CheckSizes(a, b, width, toRow);
        var similar = 0;
        for (var i = fromRow * width * 3; i < toRow * width * 3; i += 3)
        {
            if (Math.Abs(a[i] - b[i]) <= tolerance && Math.Abs(a[i + 1] - b[i + 1]) <= tolerance && Math.Abs(a[i + 2] - b[i + 2]) <= tolerance)
            {
                similar++;
            }
        }

        return similar / (double)((toRow - fromRow) * width);
    }

    private static void CheckSizes(byte[] a, byte[] b, int width, int toRow)
    {
        Assert.True(a.Length == b.Length, $"frames of {a.Length} and {b.Length} bytes");
        Assert.True(a.Length >= toRow * width * 3, $"a frame of {a.Length} bytes has fewer than {toRow} rows of {width} pixels");
    }
}
