namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Time conversions of ISO BMFF (seconds since 1904-01-01 UTC) and NTP (since 1900-01-01 UTC, 32.32 fixed point).</summary>
internal static class Mp4Time
{
    private static readonly DateTimeOffset Epoch1904 = new(1904, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Epoch1900 = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Whole seconds since 1904-01-01 UTC (creation_time/modification_time of mvhd, tkhd, mdhd).</summary>
    public static ulong ToSeconds1904(DateTimeOffset utc) =>
        utc <= Epoch1904 ? 0 : (ulong)((utc - Epoch1904).Ticks / TimeSpan.TicksPerSecond);

    /// <summary>64-bit NTP timestamp: seconds since 1900 in the high word, the binary fraction in the low word.</summary>
    public static ulong ToNtp(DateTimeOffset utc)
    {
        var ticks = (utc - Epoch1900).Ticks;
        if (ticks <= 0)
        {
            return 0;
        }

        var seconds = (ulong)(ticks / TimeSpan.TicksPerSecond);
        var remainder = (ulong)(ticks % TimeSpan.TicksPerSecond);
        var fraction = (remainder << 32) / TimeSpan.TicksPerSecond;
        return (seconds << 32) | fraction;
    }

    /// <summary>The UTC instant of a 64-bit NTP timestamp (rounded to the nearest 100 ns tick).</summary>
    public static DateTimeOffset FromNtp(ulong ntp)
    {
        var seconds = (long)(ntp >> 32);
        var fraction = ntp & 0xFFFF_FFFF;
        var ticks = (long)((fraction * TimeSpan.TicksPerSecond + 0x8000_0000UL) >> 32);
        return Epoch1900.AddTicks(seconds * TimeSpan.TicksPerSecond + ticks);
    }
}
