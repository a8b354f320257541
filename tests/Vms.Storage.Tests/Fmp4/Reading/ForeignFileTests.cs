using Vms.Rtsp.Media;
using Vms.Storage.Fmp4.Reading;
using Vms.Storage.Tests.Support;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Fmp4.Reading;

/// <summary>Fragmented MP4 written by another muxer (ffmpeg): different tfhd/trun layouts, no metadata box.</summary>
public sealed class ForeignFileTests
{
    [RequiresToolsTheory("ffmpeg")]
    [InlineData("frag_keyframe+empty_moov")] // tfhd base-data-offset, default sample flags
    [InlineData("frag_keyframe+empty_moov+default_base_moof")]
    [InlineData("frag_every_frame+empty_moov+default_base_moof")]
    public async Task ScanAsync_FfmpegFragmentedMp4_ReadsEverySample(string movflags)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "ffmpeg.mp4");
        var p = await ExternalProcess.RunAsync("ffmpeg",
            ["-v", "error", "-y", "-r", "12", "-i", Fixtures.PathOf("testsrc-640x360-12fps-g12.h264"), "-i", Fixtures.PathOf("sine-16khz-mono.aac"),
             "-c", "copy", "-bsf:a", "aac_adtstoasc", "-movflags", movflags, "-f", "mp4", path], TimeSpan.FromSeconds(60));
        Assert.True(p.ExitCode == 0, p.StandardError);

        await using var stream = File.OpenRead(path);
        using var source = new StreamSource(stream);
        var demuxer = await Fmp4Demuxer.OpenAsync(source, null, CancellationToken.None);
        var scan = await demuxer.ScanAsync(verifyChecksums: true, CancellationToken.None);

        Assert.False(demuxer.Movie.IsOurSegment);
        Assert.Equal(Fmp4ScanStop.EndOfFile, scan.Stop);
        var video = demuxer.Movie.VideoTrack!;
        Assert.Equal((640, 360, 4), (video.Width, video.Height, video.NalLengthSize));
        Assert.IsType<H264Parameters>(video.Parameters);
        var audio = demuxer.Movie.Tracks.Single(t => t.IsAudio);
        // ffmpeg writes an empty moov before it knows the AAC config: no DecoderSpecificInfo, channelcount 2;
        // the reader rebuilds an AAC-LC config from the sample entry
        var aac = Assert.IsType<AacParameters>(audio.Parameters);
        Assert.Equal((16000, 2, 2), (aac.SampleRate, aac.Channels, aac.AudioSpecificConfig.Length));

        var videoSamples = scan.Fragments.SelectMany(f => f.RunOf(video.TrackId)?.Samples ?? []).ToList();
        Assert.Equal(120, videoSamples.Count);
        Assert.Equal(10, videoSamples.Count(s => s.IsSync));
        Assert.Equal(Enumerable.Range(0, 120).Select(i => (long)i * video.Timescale / 12), videoSamples.Select(s => s.DecodeTime));
        var clip = TestClip.H264();
        var bytes = await File.ReadAllBytesAsync(path);
        for (var i = 0; i < 120; i++)
        {
            Assert.True(AnnexB.TrySplitLengthPrefixed(bytes.AsMemory((int)videoSamples[i].Offset, videoSamples[i].Size), 4, out var nals));
            var slices = nals.Where(n => (n.Span[0] & 0x1F) is 1 or 5).Select(n => Convert.ToHexString(n.Span));
            Assert.Equal(clip.Units[i].NalUnits.Where(n => (n.Span[0] & 0x1F) is 1 or 5).Select(n => Convert.ToHexString(n.Span)), slices);
        }

        Assert.Equal(TestAudio.Aac().Units.Count, scan.Fragments.Sum(f => f.RunOf(audio.TrackId)?.Samples.Length ?? 0));
    }
}
