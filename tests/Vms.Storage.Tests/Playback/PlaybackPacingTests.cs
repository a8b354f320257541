using Vms.Storage.Playback;
using Vms.Storage.Tests.Support;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Playback;

/// <summary>Real-time pacing on the manual clock: frames are due at their recorded spacing divided by the rate.</summary>
public sealed class PlaybackPacingTests
{
    private static readonly DateTimeOffset T0 = PlaybackFixture.T0;
    private static readonly TimeSpan Frame = TimeSpan.FromTicks(10_000_000L / 12);

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(0.5)]
    public async Task ReadAsync_RealTime_NextFrameWaitsForTheClock(double rate)
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0, new PlaybackOptions { Rate = rate });
        Assert.IsType<PlaybackTracksChanged>(await reader.ReadAsync(CancellationToken.None));
        Assert.IsType<PlaybackFrame>(await reader.ReadAsync(CancellationToken.None)); // the first frame anchors the pace

        var due = TimeSpan.FromTicks((long)(Frame.Ticks / rate));
        var next = reader.ReadAsync(CancellationToken.None).AsTask();
        Assert.False(next.IsCompleted);
        f.Time.Advance(due - TimeSpan.FromMilliseconds(2));
        Assert.False(next.IsCompleted);
        f.Time.Advance(TimeSpan.FromMilliseconds(2));
        var frame = Assert.IsType<PlaybackFrame>(await next.WithTimeout());
        Assert.Equal(T0 + Frame, frame.Unit.WallClock);
    }

    [Fact]
    public async Task Pause_HoldsFramesUntilResume()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0, new PlaybackOptions());
        await reader.ReadAsync(CancellationToken.None);
        await reader.ReadAsync(CancellationToken.None);

        reader.Pause();
        var next = reader.ReadAsync(CancellationToken.None).AsTask();
        f.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.False(next.IsCompleted);
        Assert.True(reader.IsPaused);

        reader.Resume(); // re-anchored: due at once, no catch-up of the paused time
        var frame = Assert.IsType<PlaybackFrame>(await next.WithTimeout());
        Assert.Equal(T0 + Frame, frame.Unit.WallClock);
        var after = reader.ReadAsync(CancellationToken.None).AsTask();
        Assert.False(after.IsCompleted);
        f.Time.Advance(Frame);
        Assert.Equal(T0 + Frame + Frame, Assert.IsType<PlaybackFrame>(await after.WithTimeout()).Unit.WallClock);
    }

    [Fact]
    public async Task Seek_DuringAWait_AnswersWithTheNewPositionAtOnce()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0, new PlaybackOptions());
        await reader.ReadAsync(CancellationToken.None);
        await reader.ReadAsync(CancellationToken.None);

        var next = reader.ReadAsync(CancellationToken.None).AsTask();
        reader.Seek(T0.AddSeconds(32.5));

        var frame = Assert.IsType<PlaybackFrame>(await next.WithTimeout());
        Assert.Equal(T0.AddSeconds(32), frame.Unit.WallClock);
        Assert.Equal(T0.AddSeconds(32), reader.Position);
    }

    [Fact]
    public async Task ReadAsync_RealTimeAcrossAGap_ReportsItWithoutWaitingItOut()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0.AddSeconds(9.5), new PlaybackOptions());
        Assert.IsType<PlaybackTracksChanged>(await reader.ReadAsync(CancellationToken.None));

        var frames = 0;
        PlaybackItem? item;
        while ((item = await NextAsync(reader, f.Time)) is PlaybackFrame)
        {
            frames++;
        }

        Assert.Equal(12, frames); // 9 s to 10 s
        Assert.IsType<PlaybackGap>(item);
        var started = f.Time.GetTimestamp();
        var first = Assert.IsType<PlaybackFrame>(await reader.ReadAsync(CancellationToken.None).AsTask().WithTimeout());
        Assert.Equal(T0.AddSeconds(30), first.Unit.WallClock);
        Assert.Equal(TimeSpan.Zero, f.Time.GetElapsedTime(started));
    }

    [Fact]
    public async Task ReadAsync_ReverseRealTime_EachGopArrivesAsItsDisplayIsDue()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0.AddSeconds(5.5), new PlaybackOptions { Direction = PlaybackDirection.Reverse });
        await reader.ReadAsync(CancellationToken.None);
        for (var i = 0; i < 7; i++)
        {
            Assert.IsType<PlaybackFrame>(await reader.ReadAsync(CancellationToken.None).AsTask().WithTimeout()); // the GOP at 5 s, at once
        }

        // the GOP at 4 s is needed once the 5.5 s..5 s part has been shown backwards: 0.5 s later
        var next = reader.ReadAsync(CancellationToken.None).AsTask();
        f.Time.Advance(TimeSpan.FromMilliseconds(490));
        Assert.False(next.IsCompleted);
        f.Time.Advance(TimeSpan.FromMilliseconds(10));
        var frame = Assert.IsType<PlaybackFrame>(await next.WithTimeout());
        Assert.Equal(T0.AddSeconds(4), frame.Unit.WallClock);
        for (var i = 0; i < 11; i++)
        {
            Assert.IsType<PlaybackFrame>(await reader.ReadAsync(CancellationToken.None).AsTask().WithTimeout()); // rest of the burst
        }
    }

    private static async Task<PlaybackItem?> NextAsync(PlaybackReader reader, ManualTimeProvider time)
    {
        var task = reader.ReadAsync(CancellationToken.None).AsTask();
        for (var i = 0; i < 100 && !task.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Yield();
        }

        return await task.WithTimeout();
    }
}
