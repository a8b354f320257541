using Vms.Simulators.Video;
using Vms.TestSupport;

namespace Vms.Simulators.Tests.Video;

public sealed class SnapshotEncoderTests
{
    /// <summary>The JPEG decodes without a message in ffmpeg, at the right size, close to the H.264 picture of the same frame.</summary>
    [RequiresToolsTheory("ffmpeg", "ffprobe")]
    [InlineData(640, 360, 85)]
    [InlineData(650, 362, 50)]
    [InlineData(1920, 1080, 95)]
    public async Task CaptureJpeg_DecodesCloseToTheVideoPicture(int width, int height, int quality)
    {
        var scene = new CameraScene("Instantané");
        scene.SetMasks([PrivacyMask.Rectangle(0.1, 0.9, 0.9, 0.1, new RgbColor(0, 0, 255))]);
        var recording = SourceRecording.Start(scene, new VideoStreamSettings { Width = width, Height = height }).Run(2);
        using var dir = new TempDirectory();
        var jpegPath = dir.File("snapshot.jpg");
        await File.WriteAllBytesAsync(jpegPath, recording.Source.CaptureJpeg(quality));

        Assert.Equal(string.Empty, await FfmpegDecode.DecodeToNullAsync(jpegPath));
        var probe = await FfmpegDecode.ProbeAsync(jpegPath);
        Assert.Equal((width, height), (probe.Width, probe.Height));
        var jpeg = new RgbPicture(await FfmpegDecode.DecodeToRawAsync(jpegPath, "rgb24"), 0, width, height);
        var video = new RgbPicture(await FfmpegDecode.DecodeToRawAsync(await recording.WriteAnnexBAsync(dir, "v.h264"), "rgb24"), 1, width, height);

        double error = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (a, b) = (jpeg[x, y], video[x, y]);
                error += Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B);
            }
        }

        Assert.InRange(error / (3.0 * width * height), 0, quality >= 85 ? 4 : 8);
        var maskCentre = jpeg.Mean((int)(0.75 * width) - 5, (int)(0.25 * height) - 5, 10, 10);
        Assert.True(RgbPicture.Near(maskCentre, (0, 0, 255), 12), $"mask centre {maskCentre}");
    }

    [Fact]
    public void Encode_Scene_StartsWithSoiAndJfifEndsWithEoi()
    {
        var jpeg = SnapshotEncoder.Encode(new CameraScene("Snap"), 320, 180, DateTimeOffset.UnixEpoch);

        Assert.Equal([0xFF, 0xD8, 0xFF, 0xE0], jpeg[..4]);
        Assert.Equal("JFIF", System.Text.Encoding.ASCII.GetString(jpeg, 6, 4));
        Assert.Equal([0xFF, 0xD9], jpeg[^2..]);
        Assert.Throws<ArgumentException>(() => SnapshotEncoder.Encode(new CameraScene("Snap"), 321, 180, DateTimeOffset.UnixEpoch));
    }
}
