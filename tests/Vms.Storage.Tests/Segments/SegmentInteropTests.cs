using Vms.Storage.Tests.Support;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Segments;

/// <summary>Our segments read by ffprobe/ffmpeg, an independent demuxer and decoder.</summary>
public sealed class SegmentInteropTests
{
    [RequiresToolsFact("ffprobe", "ffmpeg")]
    public async Task Ffprobe_H264Segment_ReportsDurationFramesCodecAndSize()
    {
        var clip = TestClip.H264();
        await using var h = new SegmentWriterHarness();
        await h.WriteAllAsync(clip.Track, clip.Units);
        var info = await h.Writer.CloseAsync(CancellationToken.None);
        var path = h.FullPath(info!);

        var probe = await Ffprobe.ProbeAsync(path);
        var video = Assert.Single(probe.Streams);
        Assert.Equal(("h264", 640, 360, 120), (video.CodecName, video.Width, video.Height, video.Frames));
        Assert.Equal(10.0, probe.Duration, 2);
        Assert.Equal(string.Empty, await Ffprobe.DecodeErrorsAsync(path));
    }

    [RequiresToolsFact("ffprobe", "ffmpeg")]
    public async Task Ffprobe_H265Segment_ReportsDurationFramesCodecAndSize()
    {
        var clip = TestClip.H265();
        await using var h = new SegmentWriterHarness();
        await h.WriteAllAsync(clip.Track, clip.Units);
        var info = await h.Writer.CloseAsync(CancellationToken.None);
        var path = h.FullPath(info!);

        var probe = await Ffprobe.ProbeAsync(path);
        var video = Assert.Single(probe.Streams);
        Assert.Equal(("hevc", 640, 360, 120), (video.CodecName, video.Width, video.Height, video.Frames));
        Assert.Equal(10.0, probe.Duration, 2);
        Assert.Equal(string.Empty, await Ffprobe.DecodeErrorsAsync(path));
    }

    [RequiresToolsFact("ffprobe", "ffmpeg")]
    public async Task Ffprobe_RolledOverSegments_EachPlaysAlone()
    {
        var clip = TestClip.H264();
        await using var h = new SegmentWriterHarness(new Storage.Segments.SegmentWriterOptions { Fsync = Storage.Segments.FsyncPolicy.None, MaxSegmentDuration = TimeSpan.FromSeconds(4) });
        await h.WriteAllAsync(clip.Track, clip.Units);
        await h.Writer.CloseAsync(CancellationToken.None);

        Assert.Equal(3, h.Closed.Count);
        foreach (var s in h.Closed)
        {
            var probe = await Ffprobe.ProbeAsync(h.FullPath(s));
            Assert.Equal(s.FrameCount, Assert.Single(probe.Streams).Frames);
            Assert.Equal(s.Duration.TotalSeconds, probe.Duration, 2);
            Assert.Equal(string.Empty, await Ffprobe.DecodeErrorsAsync(h.FullPath(s)));
        }
    }

    [RequiresToolsFact("ffprobe", "ffmpeg")]
    public async Task Ffprobe_H264WithAac_ReportsBothStreams()
    {
        var clip = TestClip.H264();
        var (audioTrack, audio) = TestAudio.Aac();
        await using var h = new SegmentWriterHarness();
        await h.Writer.WriteAsync(audioTrack, audio[0], SegmentWriterHarness.Start, CancellationToken.None);
        await h.WriteInterleavedAsync(clip.Track, clip.Units, audioTrack, audio.Skip(1).ToList());
        var info = await h.Writer.CloseAsync(CancellationToken.None);
        var path = h.FullPath(info!);

        var probe = await Ffprobe.ProbeAsync(path);
        Assert.Equal(["h264", "aac"], probe.Streams.Select(s => s.CodecName));
        Assert.Equal(120, probe.Streams[0].Frames);
        Assert.Equal(audio.Count - 1, probe.Streams[1].Frames);
        Assert.Equal(string.Empty, await Ffprobe.DecodeErrorsAsync(path));
    }

    [RequiresToolsTheory("ffprobe", "ffmpeg")]
    [InlineData(false, "pcm_mulaw")]
    [InlineData(true, "pcm_alaw")]
    public async Task Ffprobe_H264WithG711_ReportsAudioCodec(bool alaw, string codec)
    {
        var clip = TestClip.H264();
        var (audioTrack, audio) = TestAudio.G711(alaw, seconds: 10);
        await using var h = new SegmentWriterHarness();
        await h.Writer.WriteAsync(audioTrack, audio[0], SegmentWriterHarness.Start, CancellationToken.None);
        await h.WriteInterleavedAsync(clip.Track, clip.Units, audioTrack, audio.Skip(1).ToList());
        var info = await h.Writer.CloseAsync(CancellationToken.None);
        var path = h.FullPath(info!);

        var probe = await Ffprobe.ProbeAsync(path);
        Assert.Equal(["h264", codec], probe.Streams.Select(s => s.CodecName));
        Assert.Equal(string.Empty, await Ffprobe.DecodeErrorsAsync(path));
    }
}
