using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Vms.Rtsp.Media;
using Vms.Simulators.Video;
using Vms.TestSupport;

namespace Vms.Simulators.Tests.Video;

/// <summary>Scheduling, GOP structure and settings of <see cref="SyntheticVideoSource"/> on a manual clock.</summary>
public sealed class SyntheticVideoSourceTests
{
    private static readonly TimeSpan Frame12 = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 12);

    [Fact]
    public void NextAccessUnit_BeforeDue_NullThenOneFramePerInterval()
    {
        var time = new ManualTimeProvider();
        var start = time.GetUtcNow();
        var source = new SyntheticVideoSource(new CameraScene("A"), new VideoStreamSettings(), time);

        var first = source.NextAccessUnit(start);
        Assert.NotNull(first);
        Assert.Null(source.NextAccessUnit(start));
        Assert.Null(source.NextAccessUnit(start + Frame12 - TimeSpan.FromTicks(1)));
        var second = source.NextAccessUnit(start + Frame12);

        Assert.NotNull(second);
        Assert.Equal(0, first.Pts);
        Assert.Equal(7500, second.Pts); // 90 000 / 12
        Assert.Equal(second.Pts, second.Dts);
        Assert.Equal(start, first.WallClock);
        Assert.Equal(start + Frame12, second.WallClock);
        Assert.Equal(start + (2 * Frame12), source.NextDueTime);
    }

    [Fact]
    public void AccessUnits_IdrEveryGopWithParameterSetsInBand()
    {
        var recording = SourceRecording.Start(new CameraScene("B"), new VideoStreamSettings { GopFrames = 5 }).Run(12);

        for (var i = 0; i < recording.AccessUnits.Count; i++)
        {
            var au = recording.AccessUnits[i];
            var types = au.NalUnits.Select(n => n.Span[0] & 0x1F).ToArray();
            Assert.Equal(CodecId.H264, au.Codec);
            Assert.Equal(i % 5 == 0, au.IsKeyframe);
            if (au.IsKeyframe)
            {
                Assert.Equal([7, 8], types[..2]);
                Assert.All(types[2..], t => Assert.Equal(5, t));
                Assert.Equal(recording.Source.Parameters.Sps, au.NalUnits[0].ToArray());
                Assert.Equal(recording.Source.Parameters.Pps, au.NalUnits[1].ToArray());
            }
            else
            {
                Assert.All(types, t => Assert.Equal(1, t));
            }
        }

        var stats = recording.Source.Statistics;
        Assert.Equal(12, stats.Frames);
        Assert.Equal(3, stats.Keyframes);
        Assert.Equal(recording.TotalBytes, stats.Bytes);
    }

    [Fact]
    public void RequestKeyframe_NextFrameIsIdr()
    {
        var recording = SourceRecording.Start(new CameraScene("C"), new VideoStreamSettings { GopFrames = 100 }).Run(3);

        recording.Source.RequestKeyframe();
        recording.Run(2);

        Assert.Equal([true, false, false, true, false], recording.AccessUnits.Select(a => a.IsKeyframe));
    }

    [Fact]
    public void UpdateSettings_AppliedAtTheNextGopIdr_NotBefore()
    {
        var recording = SourceRecording.Start(new CameraScene("D"), new VideoStreamSettings { GopFrames = 4 }).Run(2);
        var oldParameters = recording.Source.Parameters;

        recording.Source.UpdateSettings(new VideoStreamSettings { Width = 320, Height = 180, GopFrames = 4 });
        recording.Run(1);
        Assert.Equal(640, recording.Source.Settings.Width);
        Assert.Equal(oldParameters, recording.Source.Parameters);
        recording.Run(2); // frames 3 and 4: frame 4 is the IDR

        Assert.Equal(320, recording.Source.Settings.Width);
        Assert.NotEqual(oldParameters, recording.Source.Parameters);
        Assert.Equal(recording.Source.Parameters.Sps, recording.AccessUnits[4].NalUnits[0].ToArray());
        Assert.Equal(320 * 180 * 3 / 2, recording.Pictures[4].Length);
        Assert.Equal(640 * 360 * 3 / 2, recording.Pictures[3].Length);
    }

    [Fact]
    public void UpdateSettings_WithRequestKeyframe_AppliedImmediately()
    {
        var recording = SourceRecording.Start(new CameraScene("E"), new VideoStreamSettings { GopFrames = 100 }).Run(2);

        recording.Source.UpdateSettings(new VideoStreamSettings { FramesPerSecond = 25, GopFrames = 100 });
        recording.Source.RequestKeyframe();
        recording.Run(3);

        var pts = recording.AccessUnits.Select(a => a.Pts).ToArray();
        Assert.Equal([0, 7500, 15000, 18600, 22200], pts); // 90 000 / 25 = 3600 from the IDR on
        var times = recording.AccessUnits.Select(a => a.WallClock!.Value).ToArray();
        Assert.Equal(TimeSpan.FromMilliseconds(40), times[4] - times[3]);
    }

    [Fact]
    public void NextAccessUnit_SlightlyLate_CatchesUpWithoutDropping()
    {
        var time = new ManualTimeProvider();
        var source = new SyntheticVideoSource(new CameraScene("F"), new VideoStreamSettings(), time);
        source.NextAccessUnit(time.GetUtcNow());

        time.Advance(TimeSpan.FromMilliseconds(500)); // six frames due
        var burst = new List<AccessUnit>();
        for (var i = 0; i < 20 && source.NextAccessUnit(time.GetUtcNow()) is { } au; i++)
        {
            burst.Add(au);
        }

        Assert.Equal(6, burst.Count);
        Assert.Equal([7500L, 15000, 22500, 30000, 37500, 45000], burst.Select(a => a.Pts));
        Assert.Equal(0, source.Statistics.DroppedFrames);
    }

    [Fact]
    public void NextAccessUnit_MoreThanASecondLate_DropsTheMissedFrames()
    {
        var time = new ManualTimeProvider();
        var source = new SyntheticVideoSource(new CameraScene("G"), new VideoStreamSettings(), time);
        source.NextAccessUnit(time.GetUtcNow());

        time.Advance(TimeSpan.FromSeconds(3));
        var au = source.NextAccessUnit(time.GetUtcNow());

        Assert.NotNull(au);
        Assert.Equal(36 * 7500, au.Pts); // frame 36 is due at 3 s
        Assert.Equal(35, source.Statistics.DroppedFrames);
        Assert.Null(source.NextAccessUnit(time.GetUtcNow()));
    }

    [Fact]
    public void NextAccessUnit_ClockSetBack_RestartsScheduleWithContinuousTimestamps()
    {
        var time = new ManualTimeProvider();
        var source = new SyntheticVideoSource(new CameraScene("H"), new VideoStreamSettings(), time);
        source.NextAccessUnit(time.GetUtcNow());
        time.Advance(Frame12);
        source.NextAccessUnit(time.GetUtcNow());

        var earlier = time.GetUtcNow() - TimeSpan.FromHours(1);
        time.SetUtcNow(earlier);
        var au = source.NextAccessUnit(earlier);

        Assert.NotNull(au);
        Assert.Equal(15000, au.Pts);
        Assert.Equal(earlier, au.WallClock);
        Assert.Equal(earlier + Frame12, source.NextDueTime);
        Assert.Equal(0, source.Statistics.DroppedFrames);
    }

    [Fact]
    public void NextAccessUnit_ClockSetForward_RestartsScheduleWithoutDrops()
    {
        var time = new ManualTimeProvider();
        var source = new SyntheticVideoSource(new CameraScene("I"), new VideoStreamSettings(), time);
        source.NextAccessUnit(time.GetUtcNow());

        var later = time.GetUtcNow() + TimeSpan.FromDays(1);
        var au = source.NextAccessUnit(later);

        Assert.NotNull(au);
        Assert.Equal(7500, au.Pts);
        Assert.Equal(later, au.WallClock);
        Assert.Equal(0, source.Statistics.DroppedFrames);
    }

    [Fact]
    public async Task ReadAllAsync_PacedByTheTimeProvider_StopsOnCancellation()
    {
        var time = new ManualTimeProvider();
        var source = new SyntheticVideoSource(new CameraScene("J"), new VideoStreamSettings { FramesPerSecond = 10 }, time);
        using var cts = new CancellationTokenSource();
        var received = Channel.CreateUnbounded<AccessUnit>();
        var reader = Task.Run(async () =>
        {
            await foreach (var au in source.ReadAllAsync(cts.Token))
            {
                received.Writer.TryWrite(au);
            }
        });

        // frame 0 is due at once; later frames only when the manual clock reaches them
        var frames = new List<AccessUnit> { await received.Reader.ReadAsync().AsTask().WithTimeout() };
        for (var step = 0; step < 100 && frames.Count < 4; step++)
        {
            if (received.Reader.TryRead(out var late))
            {
                frames.Add(late); // arrived after the previous step stopped waiting
                continue;
            }

            time.Advance(TimeSpan.FromMilliseconds(100));
            try
            {
                // the reader may not have armed its delay before this Advance: then the next step releases it
                frames.Add(await received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(1)));
            }
            catch (TimeoutException)
            {
            }
        }

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reader.WithTimeout());
        Assert.Equal(4, frames.Count);
        Assert.Equal(0, frames[0].Pts);
        Assert.All(frames.Zip(frames.Skip(1)), p => Assert.Equal(9000, p.Second.Pts - p.First.Pts));
        Assert.All(frames, a => Assert.True(a.WallClock <= time.GetUtcNow()));
    }

    [Fact]
    public void Logging_TargetBelowTheScene_WarnsOnceWithEventId6003()
    {
        var time = new ManualTimeProvider();
        var logger = new ListLogger<SyntheticVideoSource>();
        var source = new SyntheticVideoSource(new CameraScene("L"), new VideoStreamSettings { Width = 1920, Height = 1080, BitrateKbps = 64, GopFrames = 6 }, time, logger);
        for (var i = 0; i < 30; i++)
        {
            source.NextAccessUnit(source.NextDueTime);
        }

        Assert.Single(logger.Events, e => e.Id == 6003 && e.Level == LogLevel.Warning);
        Assert.Contains(logger.Events, e => e.Id == 6000);
        Assert.All(logger.Events, e => Assert.InRange(e.Id, 6000, 6199));
    }

    [Theory]
    [InlineData(15, 360, 12, 24, 512)]
    [InlineData(641, 360, 12, 24, 512)]
    [InlineData(640, 8000, 12, 24, 512)]
    [InlineData(640, 360, 0, 24, 512)]
    [InlineData(640, 360, 61, 24, 512)]
    [InlineData(640, 360, 12, 0, 512)]
    [InlineData(640, 360, 12, 24, -1)]
    public void Constructor_InvalidSettings_ArgumentExceptionNamingTheSetting(int width, int height, int fps, int gop, int kbps)
    {
        var settings = new VideoStreamSettings { Width = width, Height = height, FramesPerSecond = fps, GopFrames = gop, BitrateKbps = kbps };

        var e = Assert.Throws<ArgumentException>(() => new SyntheticVideoSource(new CameraScene("K"), settings, new ManualTimeProvider()));
        Assert.False(string.IsNullOrEmpty(e.ParamName));
    }
}
