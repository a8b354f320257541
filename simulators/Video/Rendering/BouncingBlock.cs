namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// A flat orange square that moves one macroblock per frame on both axes and bounces off the picture edges.
/// It is macroblock-aligned, so it costs Intra 16×16 macroblocks, not I_PCM, while still showing motion.
/// </summary>
internal sealed class BouncingBlock
{
    public static readonly YuvColor Color = YuvColor.FromRgb(255, 140, 0);

    private readonly int _size;
    private readonly int _rangeX;
    private readonly int _rangeY;

    public BouncingBlock(int width, int height)
    {
        var visibleMbsX = Math.Max(1, width / 16);
        var visibleMbsY = Math.Max(1, height / 16);
        _size = Math.Max(1, Math.Min(visibleMbsX, visibleMbsY) / 5);
        _rangeX = Math.Max(0, visibleMbsX - _size);
        _rangeY = Math.Max(0, visibleMbsY - _size);
    }

    /// <summary>Where the block is in frame <paramref name="frameIndex"/>.</summary>
    public PixelRect At(long frameIndex) =>
        new(Triangle(frameIndex, _rangeX) * 16, Triangle(frameIndex, _rangeY) * 16, _size * 16, _size * 16);

    private static int Triangle(long n, int range)
    {
        if (range == 0)
        {
            return 0;
        }

        var m = (int)(n % (2L * range));
        return m <= range ? m : (2 * range) - m;
    }
}
