using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Simulators.Faults;
using Vms.Simulators.Tests.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Simulators.Tests.Faults;

public sealed class FaultSchedulerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Start_RepeatedStall_FiresAtTheRightInstantsEndsAfterDurationAndStopsAfterTimes()
    {
        await using var h = CameraHarness.Create(output);
        await using var injector = new FaultInjector(h.Time, NullLogger.Instance);
        var transitions = Channel.CreateUnbounded<FaultTransition>();
        injector.Transition += t => transitions.Writer.TryWrite(t);
        injector.Start();
        using var scheduler = new FaultScheduler(injector, h.Time, NullLogger.Instance);
        var t0 = h.Time.GetUtcNow();
        scheduler.Start(
            [new ScheduledFault(h.Camera.Name, new FaultRequest(FaultKind.Stall) { Duration = TimeSpan.FromSeconds(10) }, TimeSpan.FromSeconds(30)) { Every = TimeSpan.FromMinutes(5), Times = 2 }],
            name => name == h.Camera.Name ? h.Camera : null);

        h.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(transitions.Reader.TryRead(out _));
        Assert.False(h.Camera.StreamStalled);

        h.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((true, t0.AddSeconds(30)), await Next(transitions));
        Assert.True(h.Camera.StreamStalled);

        h.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal((false, t0.AddSeconds(40)), await Next(transitions));
        Assert.False(h.Camera.StreamStalled);

        h.Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(10));
        Assert.Equal((true, t0.AddSeconds(330)), await Next(transitions));
        h.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal((false, t0.AddSeconds(340)), await Next(transitions));

        // times = 2: nothing more, however long we wait
        h.Time.Advance(TimeSpan.FromHours(1));
        await injector.ApplyAsync(h.Camera, new FaultRequest(FaultKind.CorruptNal), CancellationToken.None).WithTimeout(); // a barrier on the loop
        var last = await transitions.Reader.ReadAsync().AsTask().WithTimeout();
        Assert.Equal(FaultKind.CorruptNal, last.Kind);
        Assert.False(transitions.Reader.TryRead(out _));
        Assert.False(h.Camera.StreamStalled);
    }

    [Fact]
    public async Task Start_OneShotWithoutDuration_StaysUntilCleared()
    {
        await using var h = CameraHarness.Create(output);
        await using var injector = new FaultInjector(h.Time, NullLogger.Instance);
        var transitions = Channel.CreateUnbounded<FaultTransition>();
        injector.Transition += t => transitions.Writer.TryWrite(t);
        injector.Start();
        using var scheduler = new FaultScheduler(injector, h.Time, NullLogger.Instance);
        scheduler.Start([new ScheduledFault(h.Camera.Name, new FaultRequest(FaultKind.SlowSoap) { Delay = TimeSpan.FromSeconds(3) }, TimeSpan.FromMinutes(1))], _ => h.Camera);

        h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await Next(transitions)).Started);
        h.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(TimeSpan.FromSeconds(3), h.Camera.SoapDelay);
        Assert.Single(injector.Active(h.Camera));

        await injector.ClearAsync(h.Camera, CancellationToken.None).WithTimeout();

        Assert.False((await Next(transitions)).Started);
        Assert.Equal(TimeSpan.Zero, h.Camera.SoapDelay);
        Assert.Empty(injector.Active(h.Camera));
    }

    [Fact]
    public async Task ApplyAsync_ClockSkewThenEnd_RestoresThePreviousClock()
    {
        await using var h = CameraHarness.Create(output);
        h.Camera.ClockSkew = TimeSpan.FromSeconds(5);
        await using var injector = new FaultInjector(h.Time, NullLogger.Instance);
        injector.Start();

        await injector.ApplyAsync(h.Camera, new FaultRequest(FaultKind.ClockSkew) { Offset = TimeSpan.FromHours(-2), Duration = TimeSpan.FromMinutes(1) }, CancellationToken.None).WithTimeout();
        Assert.Equal(h.Time.GetUtcNow().AddHours(-2), h.Camera.Now);
        var ended = new TaskCompletionSource();
        injector.Transition += t => ended.TrySetResult();
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await ended.Task.WithTimeout();

        Assert.Equal(TimeSpan.FromSeconds(5), h.Camera.ClockSkew);
    }

    [Fact]
    public async Task ApplyAsync_PacketLoss_SetsThePercentAndValidates()
    {
        await using var h = CameraHarness.Create(output);
        await using var injector = new FaultInjector(h.Time, NullLogger.Instance);
        injector.Start();

        await injector.ApplyAsync(h.Camera, new FaultRequest(FaultKind.PacketLoss) { Percent = 25 }, CancellationToken.None).WithTimeout();

        Assert.Equal(25, h.Camera.PacketLossPercent);
        var error = Assert.Throws<FormatException>(() => new FaultRequest(FaultKind.PacketLoss) { Percent = 150 }.Validate());
        Assert.Equal("packet-loss needs percent in (0, 100]", error.Message);
    }

    private static async Task<(bool Started, DateTimeOffset At)> Next(Channel<FaultTransition> transitions)
    {
        var t = await transitions.Reader.ReadAsync().AsTask().WithTimeout();
        return (t.Started, t.At);
    }
}
