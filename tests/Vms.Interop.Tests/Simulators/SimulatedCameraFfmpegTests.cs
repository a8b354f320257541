using Vms.Onvif.Client;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Model.Ptz;
using Vms.Simulators.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Simulators;

/// <summary>ffprobe/ffmpeg (third-party RTSP clients and decoders) against a simulated camera's RTSP server with Digest.</summary>
public sealed class SimulatedCameraFfmpegTests(ITestOutputHelper output)
{
    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task Ffprobe_MainStream_IsH264AtTheConfiguredSize()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed);

        var p = await ExternalProcess.RunAsync(
            "ffprobe",
            ["-v", "error", "-rtsp_transport", "tcp", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height", "-of", "default=noprint_wrappers=1", cut.RtspUrl()],
            TimeSpan.FromSeconds(60));

        Assert.True(p.ExitCode == 0, $"ffprobe exit {p.ExitCode}: {p.StandardError}");
        Assert.Contains("codec_name=h264", p.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("width=640", p.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("height=360", p.StandardOutput, StringComparison.Ordinal);
    }

    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task Ffprobe_WrongPassword_IsRefused()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed);
        var url = cut.RtspUrl().Replace(Uri.EscapeDataString(CameraUnderTest.Password), "wrong", StringComparison.Ordinal);

        var p = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", url], TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, p.ExitCode);
        Assert.Contains("401", p.StandardError, StringComparison.Ordinal);
    }

    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task Ffmpeg_TenSecondsOfMainStream_DecodesWithoutAnyError()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Ptz);

        var p = await ExternalProcess.RunAsync(
            "ffmpeg",
            ["-nostdin", "-v", "error", "-rtsp_transport", "tcp", "-i", cut.RtspUrl(), "-t", "10", "-f", "null", "-"],
            TimeSpan.FromSeconds(60));

        Assert.True(p.ExitCode == 0, $"ffmpeg exit {p.ExitCode}: {p.StandardError}");
        Assert.Equal(string.Empty, p.StandardError);
    }

    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task Ffmpeg_FrameAfterCreateMask_ShowsTheMaskColourInsideThePolygonOnly()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed);
        // polygon: left half of the upper half, a right triangle (x -1..0, y 0..1 with the diagonal)
        await cut.CallAsync(new CreateMask(new Mask
        {
            ConfigurationToken = "video_source_config",
            Polygon = [new(-1, 1), new(0, 1), new(-1, 0)],
            Type = MaskType.Color,
            Color = new Color(255, 0, 255, Colorspaces.Rgb),
            Enabled = true,
        }).ToXml());

        var frame = await cut.GrabFrameAsync();

        Assert.Equal(640 * 360 * 3, frame.Length);
        // inside: near the right-angle corner (top-left); outside: the other side of the diagonal and the lower half
        Assert.True(IsMagenta(Pixel(frame, 40, 30)), $"inside {Pixel(frame, 40, 30)}");
        Assert.True(IsMagenta(Pixel(frame, 100, 60)), $"inside {Pixel(frame, 100, 60)}");
        Assert.False(IsMagenta(Pixel(frame, 300, 150)), $"outside {Pixel(frame, 300, 150)}");
        Assert.False(IsMagenta(Pixel(frame, 100, 300)), $"outside {Pixel(frame, 100, 300)}");
        Assert.False(IsMagenta(Pixel(frame, 500, 60)), $"outside {Pixel(frame, 500, 60)}");
    }

    /// <summary>Presets driven by our own PtzClient (libonvif drives them in <see cref="SimulatedCameraLibonvifPtzTests"/>), proven by ffmpeg's picture.</summary>
    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task Ffmpeg_FrameAfterGotoPreset_ShowsAnotherPartOfThePanorama()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Ptz);
        var ptz = new PtzClient(cut.Soap, cut.Camera.DeviceServiceUri);
        var ct = CancellationToken.None;
        await ptz.AbsoluteMoveAsync("profile_main", new PtzVector(new Vector2D(0.8f, 0.2f), new Vector1D(0.3f)), null, ct);
        await WaitIdleAsync(cut);
        var preset = await ptz.CreatePresetAsync("profile_main", "far right", ct);
        await ptz.GotoHomePositionAsync("profile_main", null, ct);
        await WaitIdleAsync(cut);
        // past two GOPs: a new viewer starts on the GOP cached by the previous one (the view before the move)
        var home = await cut.GrabFrameAsync(24);

        await ptz.GotoPresetAsync("profile_main", preset, null, ct);
        await WaitIdleAsync(cut);
        var atPreset = await cut.GrabFrameAsync(24);
        var position = (await ptz.GetStatusAsync("profile_main", ct)).Position;
        var listed = await ptz.GetPresetsAsync("profile_main", ct);
        await ptz.RemovePresetAsync("profile_main", preset, ct);
        var afterRemove = await ptz.GetPresetsAsync("profile_main", ct);

        // compare the lower two thirds (below the clock and name overlays)
        var difference = FrameComparison.MeanAbsoluteDifference(home, atPreset, 640, 120, 360);
        Assert.True(difference > 20, $"mean absolute difference {difference:0.0}");
        Assert.Equal(0.8f, position!.PanTilt!.X, 0.01f);
        Assert.Contains(listed, p => p.Token == preset && p.Name == "far right");
        Assert.DoesNotContain(afterRemove, p => p.Token == preset);
    }

    private static Task WaitIdleAsync(CameraUnderTest cut) =>
        cut.Camera.WaitPtzIdleAsync(CancellationToken.None).WithTimeout(TimeSpan.FromSeconds(10));

    private static (int R, int G, int B) Pixel(byte[] rgb, int x, int y)
    {
        var i = ((y * 640) + x) * 3;
        return (rgb[i], rgb[i + 1], rgb[i + 2]);
    }

    private static bool IsMagenta((int R, int G, int B) p) => p.R > 200 && p.G < 60 && p.B > 200;
}
