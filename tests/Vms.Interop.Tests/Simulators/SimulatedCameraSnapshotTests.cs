using Vms.Onvif.Model.Media2;
using Vms.Simulators.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;
using M1 = Vms.Onvif.Model.Media;

namespace Vms.Interop.Tests.Simulators;

/// <summary>ffprobe/ffmpeg fetch the JPEG behind GetSnapshotUri over HTTP Digest (credentials in the URL) and decode it.</summary>
public sealed class SimulatedCameraSnapshotTests(ITestOutputHelper output)
{
    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task Ffmpeg_SnapshotUriOfBothServices_DecodesAJpegOfTheStreamSizeShowingTheMask()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed);
        await cut.CallAsync(new CreateMask(new Mask
        {
            ConfigurationToken = "video_source_config",
            Polygon = [new(-1, 1), new(0, 1), new(0, 0), new(-1, 0)],
            Type = MaskType.Color,
            Color = new Color(0, 255, 0, Colorspaces.Rgb),
            Enabled = true,
        }).ToXml());
        var main = new Uri(M1.GetSnapshotUriResponse.FromXml(await cut.CallAsync(new M1.GetSnapshotUri("profile_main").ToXml())).MediaUri.Uri);
        var sub = new Uri(GetSnapshotUriResponse.FromXml(await cut.CallAsync(new GetSnapshotUri("profile_sub").ToXml())).Uri);

        var probe = await ExternalProcess.RunAsync(
            "ffprobe",
            ["-v", "error", "-show_entries", "stream=codec_name,width,height", "-of", "default=noprint_wrappers=1", WithCredentials(sub)],
            TimeSpan.FromSeconds(30));
        var file = Path.Combine(Path.GetTempPath(), $"vms-snapshot-{Guid.NewGuid():N}.rgb");
        try
        {
            var decode = await ExternalProcess.RunAsync(
                "ffmpeg",
                ["-nostdin", "-v", "error", "-i", WithCredentials(main), "-f", "rawvideo", "-pix_fmt", "rgb24", "-y", file],
                TimeSpan.FromSeconds(30));
            var unauthorized = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", main.ToString()], TimeSpan.FromSeconds(30));

            Assert.True(probe.ExitCode == 0, probe.StandardError);
            Assert.Contains("codec_name=mjpeg", probe.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("width=320", probe.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("height=180", probe.StandardOutput, StringComparison.Ordinal);
            Assert.True(decode.ExitCode == 0, decode.StandardError);
            Assert.Equal(string.Empty, decode.StandardError);
            var rgb = await File.ReadAllBytesAsync(file);
            Assert.Equal(640 * 360 * 3, rgb.Length);
            Assert.True(IsGreen(Pixel(rgb, 100, 80)), $"inside the mask {Pixel(rgb, 100, 80)}");
            Assert.False(IsGreen(Pixel(rgb, 500, 280)), $"outside the mask {Pixel(rgb, 500, 280)}");
            Assert.NotEqual(0, unauthorized.ExitCode);
            Assert.Contains("401", unauthorized.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string WithCredentials(Uri uri) =>
        $"http://{CameraUnderTest.User}:{Uri.EscapeDataString(CameraUnderTest.Password)}@{uri.Authority}{uri.PathAndQuery}";

    private static (int R, int G, int B) Pixel(byte[] rgb, int x, int y)
    {
        var i = ((y * 640) + x) * 3;
        return (rgb[i], rgb[i + 1], rgb[i + 2]);
    }

    private static bool IsGreen((int R, int G, int B) p) => p.R < 40 && p.G > 210 && p.B < 40;
}
