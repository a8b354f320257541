using System.Net.Http.Json;
using System.Text.Json;
using Vms.TestSupport;

namespace Vms.EndToEnd.Tests.Product;

/// <summary>Configuration and faults: privacy masks and PTZ presets set through the API reach the camera; a reboot leaves a gap and recording resumes.</summary>
[Collection(DemoFleetCollection.Name)]
public sealed class CameraControlScenarioTests(DemoFleetFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    private ProductVms Vms => fixture.Vms;

    [RequiresToolsFact("ffmpeg")]
    public async Task Mask_SetThroughTheApi_IsFilledWithItsColourInRecordedFrames()
    {
        var camera = Vms.Fleet.Find("cam-01")!.Camera;
        var body = new
        {
            masks = new[]
            {
                new { points = new[] { new { x = -0.5, y = -0.5 }, new { x = 0.5, y = -0.5 }, new { x = 0.5, y = 0.5 }, new { x = -0.5, y = 0.5 } }, color = "#ff00ff", enabled = true },
            },
        };

        using var put = await Vms.Api.PutAsJsonAsync("api/v1/cameras/cam-01/masks", body).WithTimeout();
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        // the supervisor applies the desired masks to the camera (Media2 CreateMask)
        await Vms.WaitUntilAsync(() => camera.Read(s => s.Masks.Count) == 1, Wait, "the mask on the simulated camera");
        var applied = DateTimeOffset.UtcNow;

        // a segment recorded entirely after that
        await Vms.WaitUntilAsync(
            async () => (await Vms.SegmentsAsync("cam-01", applied, applied.AddMinutes(5))).Any(s => s.Segment.StartUtc > applied.AddSeconds(0.5)),
            Wait,
            "a cam-01 segment recorded after the mask");
        var segment = (await Vms.SegmentsAsync("cam-01", applied, applied.AddMinutes(5))).First(s => s.Segment.StartUtc > applied.AddSeconds(0.5));

        var frame = (await FfmpegFrames.RgbAsync(Vms.SegmentPath(segment), 1, ProductVms.Width, ProductVms.Height))[0];
        var centre = FfmpegFrames.Pixel(frame, ProductVms.Width, ProductVms.Width / 2, ProductVms.Height / 2);
        var corner = FfmpegFrames.Pixel(frame, ProductVms.Width, 6, 6);
        Assert.True(IsMagenta(centre), $"the centre of the recorded picture is {centre}, not the mask's #ff00ff");
        Assert.False(IsMagenta(corner), $"outside the polygon the picture is {corner}: the mask covers too much");

        using var clear = await Vms.Api.PutAsJsonAsync("api/v1/cameras/cam-01/masks", new { masks = Array.Empty<object>() }).WithTimeout();
        Assert.True(clear.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Preset_SetAndRecalledThroughTheApi_MovesTheSimulatedCamera()
    {
        var camera = Vms.Fleet.Find("cam-02")!.Camera;

        await PostAsync("api/v1/cameras/cam-02/ptz/absolute", new { pan = 0.6, tilt = 0.3, zoom = 0.0 });
        await camera.WaitPtzIdleAsync(CancellationToken.None).WithTimeout();
        using var created = await Vms.Api.PostAsJsonAsync("api/v1/cameras/cam-02/ptz/presets", new { name = "entrance" }).WithTimeout();
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        await PostAsync("api/v1/cameras/cam-02/ptz/absolute", new { pan = -0.6, tilt = -0.4, zoom = 0.0 });
        await camera.WaitPtzIdleAsync(CancellationToken.None).WithTimeout();
        Assert.Equal(-0.6, camera.Ptz.Position.Pan, 2);

        await PostAsync($"api/v1/cameras/cam-02/ptz/presets/{Uri.EscapeDataString(token)}/goto", new { });
        await camera.WaitPtzIdleAsync(CancellationToken.None).WithTimeout();

        var position = camera.Ptz.Position;
        Assert.Equal(0.6, position.Pan, 2);
        Assert.Equal(0.3, position.Tilt, 2);
        var status = await Vms.Api.GetFromJsonAsync<JsonElement>("api/v1/cameras/cam-02/ptz").WithTimeout();
        Assert.Equal(0.6, status.GetProperty("pan").GetDouble(), 2);
    }

    [Fact]
    public async Task Reboot_OfACamera_LeavesAGapAndRecordingResumes()
    {
        var camera = Vms.Fleet.Find("cam-04")!.Camera;
        var before = Vms.States.Get("cam-04")!;
        var down = DateTimeOffset.UtcNow;

        await camera.RebootAsync(TimeSpan.FromSeconds(5), CancellationToken.None).WithTimeout(TimeSpan.FromSeconds(30));
        var up = DateTimeOffset.UtcNow;

        await Vms.WaitUntilAsync(
            () => Vms.States.Get("cam-04") is { Online: true, FramesPerSecond: > 0 } s && s.SessionCount > before.SessionCount && s.LastFrameUtc > up,
            Wait,
            "cam-04 pulling again after its reboot");
        await Vms.WaitUntilAsync(
            async () => (await Vms.SegmentsAsync("cam-04", up, up.AddMinutes(5))).Any(s => s.Segment.StartUtc > up),
            Wait,
            "a cam-04 segment recorded after the reboot");

        var to = (await Vms.SegmentsAsync("cam-04", up, up.AddMinutes(5))).First(s => s.Segment.StartUtc > up).Segment.EndUtc;
        var timeline = await Vms.Api.GetFromJsonAsync<JsonElement>($"api/v1/cameras/cam-04/recordings?from={ProductVms.Iso(down.AddSeconds(-3))}&to={ProductVms.Iso(to)}").WithTimeout();
        var gaps = timeline.GetProperty("gaps").EnumerateArray()
            .Select(g => (Start: g.GetProperty("start").GetDateTimeOffset(), Seconds: g.GetProperty("seconds").GetDouble()))
            .ToArray();
        Assert.Contains(gaps, g => g.Seconds >= 4 && g.Start >= down.AddSeconds(-3) && g.Start <= up);
        var spans = timeline.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("start").GetDateTimeOffset()).ToArray();
        Assert.Contains(spans, s => s > down);
    }

    private async Task PostAsync(string path, object body)
    {
        using var response = await Vms.Api.PostAsJsonAsync(path, body).WithTimeout();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static bool IsMagenta((int R, int G, int B) p) => p.R > 200 && p.G < 60 && p.B > 200;
}
