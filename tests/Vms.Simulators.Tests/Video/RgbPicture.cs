namespace Vms.Simulators.Tests.Video;

/// <summary>One decoded rgb24 picture.</summary>
internal sealed class RgbPicture
{
    private readonly byte[] _data;
    private readonly int _offset;

    public RgbPicture(byte[] data, int index, int width, int height)
    {
        _data = data;
        Width = width;
        Height = height;
        _offset = index * width * height * 3;
        if (_offset + (width * height * 3) > data.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"picture {index} is beyond the {data.Length / (width * height * 3)} decoded pictures");
        }
    }

    public int Width { get; }

    public int Height { get; }

    public (int R, int G, int B) this[int x, int y]
    {
        get
        {
            var o = _offset + (((y * Width) + x) * 3);
            return (_data[o], _data[o + 1], _data[o + 2]);
        }
    }

    /// <summary>The mean colour of a rectangle.</summary>
    public (double R, double G, double B) Mean(int x0, int y0, int width, int height)
    {
        double r = 0, g = 0, b = 0;
        for (var y = y0; y < y0 + height; y++)
        {
            for (var x = x0; x < x0 + width; x++)
            {
                var p = this[x, y];
                r += p.R;
                g += p.G;
                b += p.B;
            }
        }

        var n = (double)width * height;
        return (r / n, g / n, b / n);
    }

    /// <summary>True when every sample of the rectangle equals the same rectangle in <paramref name="other"/>.</summary>
    public bool SameRegion(RgbPicture other, int x0, int y0, int width, int height)
    {
        for (var y = y0; y < y0 + height; y++)
        {
            for (var x = x0; x < x0 + width; x++)
            {
                if (this[x, y] != other[x, y])
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static bool Near((double R, double G, double B) a, (double R, double G, double B) b, double tolerance) =>
        Math.Abs(a.R - b.R) <= tolerance && Math.Abs(a.G - b.G) <= tolerance && Math.Abs(a.B - b.B) <= tolerance;
}
