using Vms.Storage.Segments;
using Vms.Storage.Tests.Support;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Segments;

public sealed class SegmentRecoveryInteropTests
{
    [RequiresToolsFact("ffprobe", "ffmpeg")]
    public async Task RecoverAsync_FiftySeededCuts_FfprobeCountsEveryKeptFrameAndDecodesCleanly()
    {
        var image = await CrashImage.CreateAsync(TestClip.H264(), units: 60); // 5 s: four whole fragments, the fifth still in memory
        var random = new Random(20260701);
        using var dir = new TempDirectory();
        var store = new SegmentStore(dir.Path);
        for (var i = 0; i < 50; i++)
        {
            var cut = random.NextInt64(image.MovieEnd, image.Bytes.Length + 1);
            var report = await SegmentRecoveryTests.AssertRecoversAsync(store, image, cut);
            if (report.Recovered.Count == 0)
            {
                continue;
            }

            var info = report.Recovered[0].Info;
            var path = store.GetFullPath(info.RelativePath);
            var probe = await Ffprobe.ProbeAsync(path);
            var video = Assert.Single(probe.Streams);
            Assert.True(info.FrameCount == video.Frames, $"cut {cut}: ffprobe read {video.Frames} frames, {info.FrameCount} kept");
            Assert.Equal(info.Duration.TotalSeconds, probe.Duration, 2);
            Assert.Equal(string.Empty, probe.Errors); // -count_frames decodes every frame
            if (i % 10 == 0)
            {
                Assert.Equal(string.Empty, await Ffprobe.DecodeErrorsAsync(path));
            }
        }
    }
}
