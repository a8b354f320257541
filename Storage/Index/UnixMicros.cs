namespace Vms.Storage.Index;

/// <summary>
/// The index's time unit: UTC microseconds since 1970-01-01T00:00:00Z. Instants are truncated to whole
/// microseconds when stored, so everything that round-trips through the index is exact at that precision.
/// </summary>
internal static class UnixMicros
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    private static readonly long EpochTicks = DateTimeOffset.UnixEpoch.UtcTicks;

    public static long From(DateTimeOffset instant) => (instant.UtcTicks - EpochTicks) / TicksPerMicrosecond;

    public static long From(TimeSpan span) => span.Ticks / TicksPerMicrosecond;

    public static DateTimeOffset ToInstant(long micros) => new(EpochTicks + (micros * TicksPerMicrosecond), TimeSpan.Zero);

    /// <summary>The instant truncated to the index precision (whole microseconds, UTC offset).</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant) => ToInstant(From(instant));
}
