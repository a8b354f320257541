namespace Vms.Rtsp.Rtcp;

/// <summary>
/// A 64-bit NTP timestamp (RFC 5905): seconds since 1900-01-01 in the high 32 bits, the fraction in the low 32.
/// Values whose seconds have the high bit clear are read in era 1 (from 2036-02-07), as RFC 4330 §3 suggests.
/// </summary>
public readonly record struct NtpTimestamp(ulong Value)
{
    private static readonly DateTimeOffset Era0 = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Era1 = Era0.AddTicks((1L << 32) * TimeSpan.TicksPerSecond);

    public uint Seconds => (uint)(Value >> 32);

    public uint Fraction => (uint)Value;

    /// <summary>The middle 32 bits (16 of seconds, 16 of fraction): the LSR field of a report block.</summary>
    public uint Middle32 => (uint)(Value >> 16);

    /// <summary>True for the all-zero timestamp (some senders use it when their clock is not set).</summary>
    public bool IsZero => Value == 0;

    public static NtpTimestamp FromDateTime(DateTimeOffset time)
    {
        var era = time >= Era1 ? Era1 : Era0;
        var ticks = (time - era).Ticks;
        if (ticks < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "before 1900");
        }

        var seconds = (ulong)(ticks / TimeSpan.TicksPerSecond);
        // rounded both ways, so any tick-precision time survives a round trip
        var fraction = (((ulong)(ticks % TimeSpan.TicksPerSecond) << 32) + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond;
        return new NtpTimestamp((seconds << 32) | fraction);
    }

    public DateTimeOffset ToDateTime()
    {
        var era = (Seconds & 0x8000_0000) != 0 ? Era0 : Era1;
        var fractionTicks = (long)((((ulong)Fraction * TimeSpan.TicksPerSecond) + (1UL << 31)) >> 32);
        return era.AddTicks((Seconds * TimeSpan.TicksPerSecond) + fractionTicks);
    }

    public override string ToString() => $"{ToDateTime():O} (0x{Value:X16})";
}
