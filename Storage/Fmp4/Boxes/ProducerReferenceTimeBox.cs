namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>prft</c>: the UTC wall-clock time of the fragment that follows.</summary>
internal static class ProducerReferenceTimeBox
{
    /// <summary>Size of the version-1 box.</summary>
    public const int Size = 32;

    // prft, FullBox version 1 (ISO/IEC 14496-12 §8.16.5), 32 bytes, placed just before the moof it describes
    // +---------+--------+-----------+--------------+-----------------------+
    // | size:32 | 'prft' | ver:8 = 1 | flags:24 = 0 | reference_track_ID:32 |
    // +---------+--------+-----------+--------------+-----------------------+
    // | ntp_timestamp:64 (UTC, NTP 32.32 format)   | media_time:64 (reference track timescale) |
    // +--------------------------------------------+-------------------------------------------+
    // media_time is the presentation time of the fragment's first video sample; ntp_timestamp its capture time.
    public static void Write(BoxBuffer b, uint referenceTrackId, DateTimeOffset utc, ulong mediaTime)
    {
        var box = b.BeginFullBox(BoxType.Prft, 1, 0);
        b.WriteU32(referenceTrackId);
        b.WriteU64(Mp4Time.ToNtp(utc));
        b.WriteU64(mediaTime);
        b.EndBox(box);
    }
}
