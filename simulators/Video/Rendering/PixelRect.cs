namespace Vms.Simulators.Video.Rendering;

/// <summary>An integer rectangle in luma samples (right and bottom exclusive).</summary>
internal readonly record struct PixelRect(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    public bool IsEmpty => Width <= 0 || Height <= 0;

    public static PixelRect Empty => default;

    /// <summary>The rectangle of macroblock (<paramref name="mbX"/>, <paramref name="mbY"/>).</summary>
    public static PixelRect Macroblock(int mbX, int mbY) => new(mbX * 16, mbY * 16, 16, 16);

    public PixelRect Intersect(PixelRect other)
    {
        var x0 = Math.Max(X, other.X);
        var y0 = Math.Max(Y, other.Y);
        var x1 = Math.Min(Right, other.Right);
        var y1 = Math.Min(Bottom, other.Bottom);
        return x1 > x0 && y1 > y0 ? new PixelRect(x0, y0, x1 - x0, y1 - y0) : Empty;
    }

    public bool Intersects(PixelRect other) => !Intersect(other).IsEmpty;
}
