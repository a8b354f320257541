namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>tkhd</c>, the track header.</summary>
internal static class TrackHeaderBox
{
    /// <summary>track_enabled | track_in_movie.</summary>
    public const uint Flags = 0x000003;

    // tkhd, FullBox (ISO/IEC 14496-12 §8.3.2); version 0 = 92 bytes
    // +---------+--------+-------+----------------+
    // | size:32 | 'tkhd' | ver:8 | flags:24 = 3   |
    // +---------+--------+-------+----------------+------------------+--------------+--------------------+
    // | creation_time:32|64 | modification_time:32|64 | track_ID:32 | reserved:32 | duration:32|64 = 0  |
    // +---------------------+--------------------------+-------------+-------------+--------------------+
    // | reserved:32[2] | layer:16 = 0 | alternate_group:16 = 0 | volume:16 (audio 1.0, video 0) | reserved:16 |
    // +----------------+--------------+------------------------+--------------------------------+-------------+
    // | matrix:32[9] (unity)                   | width:32 (16.16 fixed) | height:32 (16.16 fixed)             |
    // +----------------------------------------+------------------------+-------------------------------------+
    public static void Write(BoxBuffer b, DateTimeOffset creationUtc, uint trackId, bool audio, int width, int height)
    {
        var time = Mp4Time.ToSeconds1904(creationUtc);
        var v1 = time > uint.MaxValue;
        var box = b.BeginFullBox(BoxType.Tkhd, v1 ? (byte)1 : (byte)0, Flags);
        if (v1)
        {
            b.WriteU64(time);
            b.WriteU64(time);
            b.WriteU32(trackId);
            b.WriteU32(0);
            b.WriteU64(0);
        }
        else
        {
            b.WriteU32((uint)time);
            b.WriteU32((uint)time);
            b.WriteU32(trackId);
            b.WriteU32(0);
            b.WriteU32(0);
        }

        b.WriteZeros(8);
        b.WriteU16(0); // layer
        b.WriteU16(0); // alternate_group
        b.WriteU16(audio ? (ushort)0x0100 : (ushort)0);
        b.WriteU16(0);
        MovieHeaderBox.WriteUnityMatrix(b);
        b.WriteU32((uint)width << 16);
        b.WriteU32((uint)height << 16);
        b.EndBox(box);
    }
}
