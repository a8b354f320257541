using Vms.Storage.Segments;
using Vms.Storage.Tests.Support;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Segments;

public sealed class SegmentWriterFaultTests
{
    [Fact]
    public async Task WriteAsync_DiskFullMidFragment_ThrowsTypedAndKeepsWholeFragments()
    {
        var clip = TestClip.H264();
        var fs = new FaultInjectingFileSystem();
        await using var h = new SegmentWriterHarness(new SegmentWriterOptions { Fsync = FsyncPolicy.PerFragment }, fs);
        var image = await CrashImage.CreateAsync(clip);
        fs.RemainingBytes = image.Fragments[2].End + 1000; // the 4th fragment is torn

        var failedAt = -1;
        for (var i = 0; i < clip.Units.Count && failedAt < 0; i++)
        {
            try
            {
                await h.Writer.WriteAsync(clip.Track, clip.Units[i], SegmentWriterHarness.Start, CancellationToken.None);
            }
            catch (StorageFullException e)
            {
                failedAt = i;
                Assert.Equal("cam-1/2026/07/01/10/20260701T100000.000Z_main.mp4", e.Path);
            }
        }

        Assert.Equal(48, failedAt); // the keyframe at 4 s flushes the 4th fragment
        var salvaged = Assert.Single(h.Closed);
        Assert.Equal((36, 3), (salvaged.FrameCount, salvaged.KeyframeCount));
        Assert.Equal(image.Fragments[2].End, new FileInfo(h.FullPath(salvaged)).Length);
        Assert.Empty(h.Store.EnumeratePartialSegments());
        Assert.False(h.Writer.IsSegmentOpen);
        Assert.Equal(salvaged, await SegmentInfoReader.ReadAsync(h.Store, salvaged.RelativePath, CancellationToken.None, verifyChecksums: true));

        // space is freed: recording resumes at the next keyframe, in a new segment
        fs.RemainingBytes = null;
        var statuses = await h.WriteAllAsync(clip.Track, clip.Units.Skip(failedAt + 1));
        Assert.Equal(11, statuses.TakeWhile(s => s == WriteStatus.WaitingForKeyframe).Count());
        await h.Writer.CloseAsync(CancellationToken.None);
        Assert.Equal([36, 60], h.Closed.Select(s => s.FrameCount));
    }

    [Fact]
    public async Task WriteAsync_DiskFullBeforeTheFirstFragment_LeavesNoFile()
    {
        var clip = TestClip.H264();
        var fs = new FaultInjectingFileSystem { RemainingBytes = 100 };
        await using var h = new SegmentWriterHarness(null, fs);

        await Assert.ThrowsAsync<StorageFullException>(async () => await h.WriteAllAsync(clip.Track, clip.Units.Take(1)));

        Assert.Empty(Directory.EnumerateFiles(h.Root, "*", SearchOption.AllDirectories));
        Assert.Empty(h.Closed);
    }

    [Fact]
    public async Task WriteAsync_DiskFullOnTheFirstFragment_RemovesTheFileWithoutFragments()
    {
        var clip = TestClip.H264();
        var image = await CrashImage.CreateAsync(clip);
        var fs = new FaultInjectingFileSystem { RemainingBytes = image.MovieEnd + 10 };
        await using var h = new SegmentWriterHarness(null, fs);

        await Assert.ThrowsAsync<StorageFullException>(async () => await h.WriteAllAsync(clip.Track, clip.Units.Take(13)));

        Assert.Empty(Directory.EnumerateFiles(h.Root, "*", SearchOption.AllDirectories));
        Assert.Empty(h.Closed);
    }

    [Theory]
    [InlineData(FsyncPolicy.PerFragment, 11)] // 10 fragments + the finalize
    [InlineData(FsyncPolicy.Periodic, 2)] // once 5 s of clock time have passed, then the finalize
    [InlineData(FsyncPolicy.None, 0)]
    public async Task WriteAsync_FsyncPolicy_FlushesAsConfigured(FsyncPolicy policy, int flushes)
    {
        var clip = TestClip.H264();
        var fs = new FaultInjectingFileSystem();
        var time = new ManualTimeProvider();
        await using var h = new SegmentWriterHarness(new SegmentWriterOptions { Fsync = policy, FsyncInterval = TimeSpan.FromSeconds(5) }, fs, time);
        foreach (var u in clip.Units)
        {
            if (u.IsKeyframe && u.Dts > 0)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }

            await h.Writer.WriteAsync(clip.Track, u, SegmentWriterHarness.Start, CancellationToken.None);
        }

        await h.Writer.CloseAsync(CancellationToken.None);
        Assert.Equal(flushes, fs.Flushes);
    }
}
