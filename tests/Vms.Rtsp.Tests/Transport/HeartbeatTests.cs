using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Transport;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Transport;

public sealed class HeartbeatTests
{
    [Fact]
    public void Start_ClockAdvances_TicksOncePerInterval()
    {
        var time = new ManualTimeProvider();
        var ticks = new List<long>();
        using var heartbeat = new Heartbeat(time, TimeSpan.FromSeconds(1), ticks.Add, NullLogger.Instance);
        heartbeat.Start();
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Empty(ticks);
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(3, ticks.Count); // at 1 s, 2 s and 3 s
        Assert.Equal(TimeSpan.FromSeconds(1).Ticks, ticks[1] - ticks[0]);
    }

    [Fact]
    public void Tick_CallbackThrows_NextTickStillRuns()
    {
        var time = new ManualTimeProvider();
        var calls = 0;
        using var heartbeat = new Heartbeat(time, TimeSpan.FromSeconds(1), _ =>
        {
            calls++;
            throw new InvalidOperationException("boom");
        }, NullLogger.Instance);
        heartbeat.Start();
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Dispose_StopsTicks()
    {
        var time = new ManualTimeProvider();
        var calls = 0;
        var heartbeat = new Heartbeat(time, TimeSpan.FromSeconds(1), _ => calls++, NullLogger.Instance);
        heartbeat.Start();
        time.Advance(TimeSpan.FromSeconds(1));
        heartbeat.Dispose();
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, calls);
    }
}
