using Microsoft.Extensions.Logging;
using Vms.Storage.Recording;
using Vms.Storage.Segments;
using Vms.Storage.Tests.Support;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Storage.Tests.Recording;

public sealed class CameraRecorderTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly ILoggerFactory _logs = XunitLoggerProvider.Factory(output, LogLevel.Information);

    [Fact]
    public async Task Post_TenSecondClip_RaisesSegmentClosedWithEveryFrame()
    {
        var clip = TestClip.H264();
        await using var recorder = Create();
        var closed = Collect(recorder);
        await recorder.StartAsync(CancellationToken.None);

        foreach (var u in clip.WithWallClock(_time.GetUtcNow()))
        {
            Assert.True(recorder.Post(clip.Track, u));
        }

        await recorder.StopAsync(CancellationToken.None).WithTimeout();

        var segment = Assert.Single(closed);
        Assert.Equal((120, 10, TimeSpan.FromSeconds(10)), (segment.FrameCount, segment.KeyframeCount, segment.Duration));
        var stats = recorder.GetStats();
        Assert.Equal((RecorderState.Stopped, 120L, 0L, 0L, 1L), (stats.State, stats.FramesWritten, stats.FramesDropped, stats.FramesSkipped, stats.SegmentsClosed));
        Assert.Equal(new FileInfo(Path.Combine(_dir.Path, segment.RelativePath)).Length, stats.BytesWritten);
    }

    [Fact]
    public async Task Post_NoWallClockOnUnits_UsesArrivalTimeFromTheTimeProvider()
    {
        var clip = TestClip.H264();
        await using var recorder = Create();
        var closed = Collect(recorder);
        await recorder.StartAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(3));

        foreach (var u in clip.Units.Take(24))
        {
            recorder.Post(clip.Track, u);
        }

        await recorder.StopAsync(CancellationToken.None).WithTimeout();

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 3, 0, TimeSpan.Zero), Assert.Single(closed).StartUtc);
    }

    [Fact]
    public async Task Post_QueueFull_DropsAndResumesAtTheNextKeyframe()
    {
        var clip = TestClip.H264();
        await using var recorder = Create(queueCapacity: 8);
        var closed = Collect(recorder);

        // not started yet: the queue fills up after 8 units
        var accepted = clip.Units.Take(20).Select(u => recorder.Post(clip.Track, u)).ToList();
        Assert.Equal(8, accepted.Count(a => a));
        await recorder.StartAsync(CancellationToken.None);
        await recorder.WhenIdleAsync().WithTimeout();
        foreach (var chunk in clip.Units.Skip(20).Take(28).Chunk(4))
        {
            Assert.All(chunk, u => Assert.True(recorder.Post(clip.Track, u)));
            await recorder.WhenIdleAsync().WithTimeout();
        }

        await recorder.StopAsync(CancellationToken.None).WithTimeout();

        // 8 written, 12 dropped; after the gap units 20-23 wait for the keyframe at 24
        var stats = recorder.GetStats();
        Assert.Equal((12L, 4L, 32L), (stats.FramesDropped, stats.FramesSkipped, stats.FramesWritten));
        using var reader = await SegmentReader.OpenAsync(new SegmentStore(_dir.Path), Assert.Single(closed).RelativePath, CancellationToken.None);
        var samples = new List<StoredSample>();
        await foreach (var s in reader.ReadAllAsync(CancellationToken.None))
        {
            samples.Add(s);
        }

        Assert.Equal([.. Enumerable.Range(0, 8), .. Enumerable.Range(24, 24)], samples.Select(s => (int)(s.Unit.Dts / TestClip.FrameTicks)));
    }

    [Fact]
    public async Task Post_DiskFull_RaisesFaultedThenResumesAfterRetryDelay()
    {
        var clip = TestClip.H264();
        var fs = new FaultInjectingFileSystem { RemainingBytes = 40_000 };
        await using var recorder = Create(fileSystem: fs);
        var closed = Collect(recorder);
        var faulted = new TaskCompletionSource<RecordingFaultedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        recorder.Faulted += (_, e) => faulted.TrySetResult(e);
        await recorder.StartAsync(CancellationToken.None);

        var units = clip.WithWallClock(_time.GetUtcNow());
        foreach (var u in units.Take(60))
        {
            recorder.Post(clip.Track, u);
        }

        var fault = await faulted.Task.WithTimeout();
        Assert.True(fault.StorageFull);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(10), fault.RetryAtUtc);
        await recorder.WhenIdleAsync().WithTimeout();
        var stats = recorder.GetStats();
        Assert.Equal(RecorderState.Suspended, stats.State);
        Assert.IsType<StorageFullException>(stats.LastError);
        var salvaged = Assert.Single(closed);
        Assert.Equal(salvaged, await SegmentInfoReader.ReadAsync(new SegmentStore(_dir.Path), salvaged.RelativePath, CancellationToken.None, verifyChecksums: true));

        // space freed, retry delay elapsed: the next keyframe opens a new segment
        fs.RemainingBytes = null;
        _time.Advance(TimeSpan.FromSeconds(10));
        foreach (var u in units.Skip(60))
        {
            recorder.Post(clip.Track, u);
        }

        await recorder.StopAsync(CancellationToken.None).WithTimeout();
        Assert.Equal(2, closed.Count);
        Assert.Equal(60, closed[1].FrameCount);
    }

    [Fact]
    public async Task Post_CameraRebootResetsTimestamps_StartsANewSegment()
    {
        var clip = TestClip.H264();
        await using var recorder = Create();
        var closed = Collect(recorder);
        await recorder.StartAsync(CancellationToken.None);
        foreach (var u in clip.Units.Take(36))
        {
            recorder.Post(clip.Track, u);
        }

        _time.Advance(TimeSpan.FromSeconds(20));
        foreach (var u in clip.Units.Take(24).Select(u => u.WithTimestamps(u.Pts + 1000, u.Dts + 1000)))
        {
            recorder.Post(clip.Track, u);
        }

        await recorder.StopAsync(CancellationToken.None).WithTimeout();

        Assert.Equal([36, 24], closed.Select(s => s.FrameCount));
        Assert.Equal(closed[0].StartUtc + TimeSpan.FromSeconds(20), closed[1].StartUtc);
    }

    [Fact]
    public async Task SegmentClosedHandlerThrows_RecordingContinues()
    {
        var clip = TestClip.H264();
        await using var recorder = Create(maxSegment: TimeSpan.FromSeconds(2));
        var count = 0;
        recorder.SegmentClosed += (_, _) =>
        {
            count++;
            throw new InvalidOperationException("subscriber bug");
        };
        await recorder.StartAsync(CancellationToken.None);
        foreach (var u in clip.Units)
        {
            recorder.Post(clip.Track, u);
        }

        await recorder.StopAsync(CancellationToken.None).WithTimeout();
        Assert.Equal(5, count);
        Assert.Equal(120, recorder.GetStats().FramesWritten);
    }

    public void Dispose()
    {
        _logs.Dispose();
        _dir.Dispose();
    }

    private CameraRecorder Create(int queueCapacity = 512, FaultInjectingFileSystem? fileSystem = null, TimeSpan? maxSegment = null)
    {
        var store = fileSystem is null ? new SegmentStore(_dir.Path) : new SegmentStore(_dir.Path, fileSystem);
        return new CameraRecorder(store, new CameraRecorderOptions
        {
            CameraId = "cam-1",
            QueueCapacity = queueCapacity,
            Segments = new SegmentWriterOptions { Fsync = FsyncPolicy.None, MaxSegmentDuration = maxSegment ?? TimeSpan.FromSeconds(60) },
        }, _time, _logs.CreateLogger<CameraRecorder>());
    }

    private static List<SegmentInfo> Collect(CameraRecorder recorder)
    {
        var list = new List<SegmentInfo>();
        recorder.SegmentClosed += (_, e) =>
        {
            lock (list)
            {
                list.Add(e.Segment);
            }
        };
        return list;
    }
}
