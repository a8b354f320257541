namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes the header of <c>mdat</c>; the sample bytes follow it.</summary>
internal static class MediaDataBox
{
    public const int HeaderSize = 8;

    // mdat (ISO/IEC 14496-12 §8.1.1)
    // +---------+--------+------------------------------------------------+
    // | size:32 | 'mdat' | sample bytes of every run, in traf order       |
    // +---------+--------+------------------------------------------------+
    // size includes the 8-byte header; fragments are capped well below 4 GiB, so no 64-bit largesize.
    public static void WriteHeader(BoxBuffer b, long payloadLength)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payloadLength, uint.MaxValue - HeaderSize);
        b.WriteU32((uint)(payloadLength + HeaderSize));
        b.WriteU32(BoxType.Mdat);
    }
}
