using Vms.Simulators.Video;
using Vms.TestSupport;

namespace Vms.Simulators.Tests.Video;

/// <summary>The synthetic streams against the reference decoder (ffmpeg): zero messages, exact pictures, right geometry.</summary>
public sealed class SyntheticVideoSourceDecodeTests
{
    [RequiresToolsTheory("ffmpeg", "ffprobe")]
    [InlineData(640, 360, 12, 24, 2)]
    [InlineData(1920, 1080, 12, 12, 1)]
    [InlineData(650, 362, 10, 7, 2)] // neither dimension a multiple of 16
    [InlineData(176, 144, 25, 50, 3)]
    public async Task Stream_DecodesWithoutErrorsToTheRenderedPictures(int width, int height, int fps, int gop, int seconds)
    {
        var scene = new CameraScene("Parvis Mairie 07");
        scene.SetMasks([PrivacyMask.Rectangle(0.2, 0.6, 0.6, 0.1, new RgbColor(0, 200, 0))]);
        var settings = new VideoStreamSettings { Width = width, Height = height, FramesPerSecond = fps, GopFrames = gop, BitrateKbps = 1000 };
        var recording = SourceRecording.Start(scene, settings).Run(seconds * fps);
        using var dir = new TempDirectory();
        var path = await recording.WriteAnnexBAsync(dir, "stream.h264");

        Assert.Equal(string.Empty, await FfmpegDecode.DecodeToNullAsync(path));
        var probe = await FfmpegDecode.ProbeAsync(path);
        Assert.Equal((width, height), (probe.Width, probe.Height));
        var decoded = await FfmpegDecode.DecodeToRawAsync(path, "yuv420p");
        var size = recording.Pictures[0].Length;
        Assert.Equal(recording.Pictures.Count * size, decoded.Length);
        for (var i = 0; i < recording.Pictures.Count; i++)
        {
            Assert.True(decoded.AsSpan(i * size, size).SequenceEqual(recording.Pictures[i]), $"frame {i} differs from the rendered picture");
        }
    }
}
