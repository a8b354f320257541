namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>mvhd</c>, the movie header.</summary>
internal static class MovieHeaderBox
{
    /// <summary>Timescale of the movie header (and of <c>mehd</c>): milliseconds.</summary>
    public const uint MovieTimescale = 1000;

    // mvhd, FullBox (ISO/IEC 14496-12 §8.2.2); version 0 = 108 bytes, version 1 (times after 2040) = 120 bytes
    // +---------+--------+--------+----------+
    // | size:32 | 'mvhd' | ver:8  | flags:24 |
    // +---------+--------+--------+----------+---------------------+--------------+-------------+
    // | creation_time:32|64 | modification_time:32|64 | timescale:32 | duration:32|64 = 0       |
    // +-----------------+------------------+-------------+-------------+-----------------------+
    // | rate:32 = 1.0   | volume:16 = 1.0  | reserved:16 | reserved:32[2]                      |
    // +-----------------+------------------+-------------+-------------------------------------+
    // | matrix:32[9] = { 0x00010000,0,0, 0,0x00010000,0, 0,0,0x40000000 }  (unity)             |
    // +--------------------------------------------------------------+-------------------------+
    // | pre_defined:32[6] = 0                                        | next_track_ID:32        |
    // +--------------------------------------------------------------+-------------------------+
    // Fragmented movie: duration 0 here; the total goes into mvex/mehd when the segment is finalized.
    public static void Write(BoxBuffer b, DateTimeOffset creationUtc, uint nextTrackId)
    {
        var time = Mp4Time.ToSeconds1904(creationUtc);
        var v1 = time > uint.MaxValue;
        var box = b.BeginFullBox(BoxType.Mvhd, v1 ? (byte)1 : (byte)0, 0);
        if (v1)
        {
            b.WriteU64(time);
            b.WriteU64(time);
            b.WriteU32(MovieTimescale);
            b.WriteU64(0);
        }
        else
        {
            b.WriteU32((uint)time);
            b.WriteU32((uint)time);
            b.WriteU32(MovieTimescale);
            b.WriteU32(0);
        }

        b.WriteU32(0x0001_0000); // rate 1.0
        b.WriteU16(0x0100); // volume 1.0
        b.WriteZeros(2 + 8);
        WriteUnityMatrix(b);
        b.WriteZeros(24);
        b.WriteU32(nextTrackId);
        b.EndBox(box);
    }

    /// <summary>The unity transformation matrix shared by mvhd and tkhd.</summary>
    public static void WriteUnityMatrix(BoxBuffer b)
    {
        b.WriteU32(0x0001_0000);
        b.WriteU32(0);
        b.WriteU32(0);
        b.WriteU32(0);
        b.WriteU32(0x0001_0000);
        b.WriteU32(0);
        b.WriteU32(0);
        b.WriteU32(0);
        b.WriteU32(0x4000_0000);
    }
}
