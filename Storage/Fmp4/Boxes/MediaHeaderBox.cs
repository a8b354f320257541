namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>mdhd</c>, the media header (timescale of the track's samples).</summary>
internal static class MediaHeaderBox
{
    /// <summary>ISO-639-2/T "und" packed as three 5-bit letters (each minus 0x60).</summary>
    public const ushort LanguageUndetermined = 0x55C4;

    // mdhd, FullBox (ISO/IEC 14496-12 §8.4.2); version 0 = 32 bytes
    // +---------+--------+-------+----------+
    // | size:32 | 'mdhd' | ver:8 | flags:24 |
    // +---------+--------+-------+----------+---------------+--------------+--------------------+
    // | creation_time:32|64 | modification_time:32|64 | timescale:32 | duration:32|64 = 0       |
    // +---------------------+--------------------------+--------------+--------------------------+
    // | pad:1 | language:15 = 'und' | pre_defined:16 = 0 |
    // +-------+---------------------+--------------------+
    public static void Write(BoxBuffer b, DateTimeOffset creationUtc, uint timescale)
    {
        var time = Mp4Time.ToSeconds1904(creationUtc);
        var v1 = time > uint.MaxValue;
        var box = b.BeginFullBox(BoxType.Mdhd, v1 ? (byte)1 : (byte)0, 0);
        if (v1)
        {
            b.WriteU64(time);
            b.WriteU64(time);
            b.WriteU32(timescale);
            b.WriteU64(0);
        }
        else
        {
            b.WriteU32((uint)time);
            b.WriteU32((uint)time);
            b.WriteU32(timescale);
            b.WriteU32(0);
        }

        b.WriteU16(LanguageUndetermined);
        b.WriteU16(0);
        b.EndBox(box);
    }
}
