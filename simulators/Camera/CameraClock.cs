namespace Vms.Simulators.Camera;

/// <summary>
/// The camera's own clock: the host time provider plus an offset (clock skew, or what SetSystemDateAndTime set).
/// Timers and timestamps are the host's; only wall-clock readings are shifted.
/// </summary>
internal sealed class CameraClock(TimeProvider host) : TimeProvider
{
    private long _offsetTicks;

    public TimeProvider Host { get; } = host;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => Host.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => Host.TimestampFrequency;

    public override long GetTimestamp() => Host.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Host.CreateTimer(callback, state, dueTime, period);
}
