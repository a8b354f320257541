using Microsoft.Extensions.Logging.Abstractions;
using Vms.Host.Options;
using Vms.Host.Recording;
using Vms.Host.Tests.Streaming;
using Vms.Storage.Index;
using Vms.TestSupport;

namespace Vms.Host.Tests.Recording;

public sealed class RecordingShutdownTests
{
    private static readonly DateTimeOffset Far = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StopAsync_MidRecording_EveryFrameBeforeStopIsInAFinalizedIndexedSegment()
    {
        var data = Directory.CreateTempSubdirectory("vms-shutdown-");
        try
        {
            var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1"), FakeCameraCatalog.Camera("cam2")), data: data);
            var one = new SyntheticFeeder(host.Time, "cam1");
            var two = new SyntheticFeeder(host.Time, "cam2");
            var feed1 = one.Open(host.Ingest, "cam1");
            var feed2 = two.Open(host.Ingest, "cam2", Vms.Host.Streaming.CameraStreamKind.Sub);
            for (var i = 0; i < 15; i++)
            {
                one.Publish(feed1, 11); // 165 frames: two segments of 10 s, the second one open at stop
                two.Publish(feed2, 7);
            }

            // the recorders write on their own threads: the open segment's file exists once they have caught up
            await host.Ingest.Find(new Vms.Host.Streaming.StreamKey("cam1", Vms.Host.Streaming.CameraStreamKind.Main))!.CurrentRecorder!.WhenIdleAsync().WithTimeout();
            Assert.NotEmpty(host.Storage.Store.EnumeratePartialSegments());

            // the pulls are still running: stopping the service must finish their segments and index them
            await host.StopAsync();
            Assert.Empty(host.Storage.Store.EnumeratePartialSegments());
            await host.DisposeAsyncKeepingData();

            var options = new VmsOptions { DataFolder = data.FullName };
            await using var index = await SegmentIndexFactory.OpenAsync(RecordingStorage.IndexOptions(options), TimeProvider.System, NullLoggerFactory.Instance, CancellationToken.None).WithTimeout();
            var main = await index.FindAsync("cam1", "main", DateTimeOffset.UnixEpoch, Far, CancellationToken.None);
            var sub = await index.FindAsync("cam2", "sub", DateTimeOffset.UnixEpoch, Far, CancellationToken.None);
            Assert.Equal(one.Published.Count, main.Sum(s => s.Segment.FrameCount));
            Assert.Equal(two.Published.Count, sub.Sum(s => s.Segment.FrameCount));
            Assert.True(main.Count >= 2);
            var lastFrameEnd = one.Published[^1] + TimeSpan.FromTicks(TimeSpan.TicksPerSecond / SyntheticFeeder.FramesPerSecond);
            Assert.InRange((main[^1].Segment.EndUtc - lastFrameEnd).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task StartAsync_SegmentLeftOpenByACrash_RecoveredAndIndexed()
    {
        var data = Directory.CreateTempSubdirectory("vms-crash-");
        try
        {
            var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")), data: data);
            var feeder = new SyntheticFeeder(host.Time, "cam1");
            var feed = feeder.Open(host.Ingest, "cam1");
            feeder.Publish(feed, 60);
            await host.Ingest.Find(new Vms.Host.Streaming.StreamKey("cam1", Vms.Host.Streaming.CameraStreamKind.Main))!.CurrentRecorder!.WhenIdleAsync().WithTimeout();
            var part = Assert.Single(host.Storage.Store.EnumeratePartialSegments());
            var full = host.Storage.Store.GetFullPath(part);

            // a crash: the open segment is left as it is on disk (copied aside, then put back after the orderly stop)
            var crashed = File.ReadAllBytes(full);
            await host.StopAsync();
            var finalized = host.Storage.Store.GetFullPath(part[..^".part".Length]);
            File.Delete(finalized);
            File.WriteAllBytes(full, crashed);
            await host.DisposeAsyncKeepingData();
            // a lost index: the file and its WAL companions, with no pooled connection left holding the old file open
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(Path.Combine(data.FullName, SegmentIndexOptions.SqliteFileName + suffix));
            }

            await using var restarted = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")), data: data);
            var report = restarted.Storage.StartReport!;
            Assert.Equal(1, report.Recovered);
            var segments = await restarted.Storage.Index.FindAsync("cam1", "main", DateTimeOffset.UnixEpoch, Far, CancellationToken.None);
            var segment = Assert.Single(segments);
            Assert.InRange(segment.Segment.FrameCount, 48, 60); // whole fragments only: at most the one being built is lost
            Assert.Empty(restarted.Storage.Store.EnumeratePartialSegments());
        }
        finally
        {
            if (data.Exists)
            {
                data.Delete(recursive: true);
            }
        }
    }
}
