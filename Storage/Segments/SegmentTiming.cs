namespace Vms.Storage.Segments;

/// <summary>Maps media time to UTC from a fragment's <c>prft</c> anchor; the writer and the readers share it so
/// they agree to the tick.</summary>
internal static class SegmentTiming
{
    public static DateTimeOffset UtcAt(DateTimeOffset anchorUtc, long anchorMediaTime, long mediaTime, uint timescale)
    {
        var delta = (Int128)(mediaTime - anchorMediaTime) * TimeSpan.TicksPerSecond / timescale;
        return anchorUtc.AddTicks((long)delta);
    }

    /// <summary>Media ticks of <paramref name="duration"/> at <paramref name="timescale"/>.</summary>
    public static long Ticks(TimeSpan duration, int timescale) => (long)((Int128)duration.Ticks * timescale / TimeSpan.TicksPerSecond);
}
