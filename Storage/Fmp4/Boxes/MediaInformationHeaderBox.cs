namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes the media-specific header of <c>minf</c>: <c>vmhd</c> for video, <c>smhd</c> for sound.</summary>
internal static class MediaInformationHeaderBox
{
    // vmhd, FullBox (ISO/IEC 14496-12 §12.1.2), 20 bytes; flags = 1 as the standard requires
    // +---------+--------+-------+-------------+--------------------+------------------+
    // | size:32 | 'vmhd' | ver:8 | flags:24 = 1| graphicsmode:16 = 0| opcolor:16[3] = 0|
    // +---------+--------+-------+-------------+--------------------+------------------+
    public static void WriteVideo(BoxBuffer b)
    {
        var box = b.BeginFullBox(BoxType.Vmhd, 0, 1);
        b.WriteZeros(8);
        b.EndBox(box);
    }

    // smhd, FullBox (ISO/IEC 14496-12 §12.2.2), 16 bytes
    // +---------+--------+-------+----------+---------------+-------------+
    // | size:32 | 'smhd' | ver:8 | flags:24 | balance:16 = 0| reserved:16 |
    // +---------+--------+-------+----------+---------------+-------------+
    public static void WriteSound(BoxBuffer b)
    {
        var box = b.BeginFullBox(BoxType.Smhd, 0, 0);
        b.WriteZeros(4);
        b.EndBox(box);
    }
}
