using System.Net.Http.Json;
using System.Text.Json;
using Vms.TestSupport;

namespace Vms.EndToEnd.Tests.Product;

/// <summary>A demo-style fleet discovered and adopted, then watched live and recorded, through the product's own interfaces.</summary>
[Collection(DemoFleetCollection.Name)]
public sealed class DemoFleetScenarioTests(DemoFleetFixture fixture)
{
    private ProductVms Vms => fixture.Vms;

    [Fact]
    public async Task DemoFleet_Start_EveryCameraDiscoveredAdoptedOnlineAndRecording()
    {
        Assert.Equal(DemoFleetFixture.Cameras, Vms.Demo.Cameras.Count);
        Assert.All(Vms.Demo.Cameras, c => Assert.Equal(c.Name, c.CameraId));
        Assert.Equal(["fixed", "ptz", "panoramic", "fixed"], Vms.Demo.Cameras.Select(c => c.Kind));

        var cameras = await Vms.Api.GetFromJsonAsync<JsonElement>("api/v1/cameras").WithTimeout();
        Assert.Equal(["cam-01", "cam-02", "cam-03", "cam-04"], cameras.EnumerateArray().Select(c => c.GetProperty("id").GetString()).Order(StringComparer.Ordinal));

        // adopted from WS-Discovery: the probe's results name the camera each device became
        var discovery = await Vms.Api.GetFromJsonAsync<JsonElement>("api/v1/discovery").WithTimeout();
        var adopted = discovery.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("adoptedAs").GetString()).ToArray();
        Assert.Equal(["cam-01", "cam-02", "cam-03", "cam-04"], adopted.Where(a => a is not null).Order(StringComparer.Ordinal));

        var states = await Vms.Api.GetFromJsonAsync<JsonElement>("api/v1/cameras/states").WithTimeout();
        Assert.All(states.EnumerateArray(), s =>
        {
            Assert.True(s.GetProperty("online").GetBoolean());
            Assert.True(s.GetProperty("recording").GetBoolean());
        });
    }

    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task LiveStreams_SeveralCamerasThroughTheVms_DecodeWithoutErrors()
    {
        string[] ids = ["cam-01", "cam-02", "cam-03"];

        var probe = await ExternalProcess.RunAsync(
            "ffprobe",
            ["-v", "error", "-rtsp_transport", "tcp", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", Vms.LiveUrl("cam-01")],
            FfmpegFrames.Timeout);
        Assert.Equal($"h264,{ProductVms.Width},{ProductVms.Height}", probe.StandardOutput.Trim());

        var decodes = ids.Select(id => ExternalProcess.RunAsync(
            "ffmpeg",
            ["-v", "error", "-nostdin", "-rtsp_transport", "tcp", "-i", Vms.LiveUrl(id), "-t", "4", "-f", "null", "-"],
            FfmpegFrames.Timeout)).ToArray();
        var done = await Task.WhenAll(decodes);

        for (var i = 0; i < ids.Length; i++)
        {
            Assert.True(done[i].ExitCode == 0, $"{ids[i]}: ffmpeg exit {done[i].ExitCode}: {done[i].StandardError}");
            Assert.True(string.IsNullOrWhiteSpace(done[i].StandardError), $"{ids[i]}: decode errors: {done[i].StandardError}");
        }
    }

    [RequiresToolsFact("ffprobe")]
    public async Task Recordings_AfterSomeSeconds_IndexedWithTheExpectedDurationAndFrames()
    {
        var from = Vms.Fleet.Cameras[0].Camera.Now - TimeSpan.FromMinutes(5);
        await Vms.WaitUntilAsync(
            async () => (await Vms.SegmentsAsync("cam-03", from, DateTimeOffset.UtcNow.AddMinutes(1))).Count >= 2,
            TimeSpan.FromSeconds(60),
            "two closed segments of cam-03");

        var segments = await Vms.SegmentsAsync("cam-03", from, DateTimeOffset.UtcNow.AddMinutes(1));
        foreach (var s in segments.Take(2).Select(s => s.Segment))
        {
            // segments are cut at the first key frame after the configured duration
            Assert.InRange(s.Duration.TotalSeconds, ProductVms.SegmentSeconds - 0.5, ProductVms.SegmentSeconds + ProductVms.GopSeconds + 0.5);
            // a loaded simulator may skip a frame or catch one up, so the count is checked within 15 %
            var due = s.Duration.TotalSeconds * ProductVms.FramesPerSecond;
            Assert.InRange(s.FrameCount, (due * 0.85) - 1, (due * 1.15) + 1);
            Assert.Equal((ProductVms.Width * 2, ProductVms.Height), (s.Width, s.Height)); // cam-03 is panoramic: twice as wide
        }

        // the file says the same as the index
        var first = segments[0];
        var probe = await ExternalProcess.RunAsync(
            "ffprobe",
            ["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", Vms.SegmentPath(first)],
            FfmpegFrames.Timeout);
        Assert.Equal(first.Segment.FrameCount.ToString(System.Globalization.CultureInfo.InvariantCulture), probe.StandardOutput.Trim());

        // the API's timeline covers them without gaps
        var a = first.Segment.StartUtc;
        var b = segments[1].Segment.EndUtc;
        var timeline = await Vms.Api.GetFromJsonAsync<JsonElement>($"api/v1/cameras/cam-03/recordings?from={ProductVms.Iso(a)}&to={ProductVms.Iso(b)}").WithTimeout();
        Assert.InRange(timeline.GetProperty("recordedSeconds").GetDouble(), (b - a).TotalSeconds - 1, (b - a).TotalSeconds + 0.01);
        var gaps = timeline.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("seconds").GetDouble()).ToArray();
        Assert.True(gaps.All(g => g < 0.01), $"gaps between consecutive segments: {string.Join(", ", gaps)} s (only the millisecond rounding of the query's bounds may show)");
    }

    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task Playback_FromAUtcInstant_StartsAtTheKeyFrameRecordedWithinOneGopBefore()
    {
        var from = DateTimeOffset.UtcNow - TimeSpan.FromMinutes(5);
        await Vms.WaitUntilAsync(
            async () => (await Vms.SegmentsAsync("cam-01", from, DateTimeOffset.UtcNow.AddMinutes(1))).Count >= 1,
            TimeSpan.FromSeconds(60),
            "a closed segment of cam-01");
        var segment = (await Vms.SegmentsAsync("cam-01", from, DateTimeOffset.UtcNow.AddMinutes(1)))[0];
        var instant = segment.Segment.StartUtc + TimeSpan.FromSeconds(2.6);

        // what playback from that instant shows first, decoded by ffmpeg through the VMS
        var played = (await FfmpegFrames.RgbAsync(Vms.PlaybackUrl("cam-01", instant), 1, ProductVms.Width, ProductVms.Height))[0];

        // the key frames of the recording, with their wall clock (segment start in the index + media time in the file)
        var file = Vms.SegmentPath(segment);
        var times = await FfmpegFrames.KeyFrameTimesAsync(file);
        var keys = await FfmpegFrames.RgbAsync(file, times.Count, ProductVms.Width, ProductVms.Height, "-skip_frame", "nokey");
        Assert.Equal(times.Count, keys.Length);
        var differences = keys.Select(k => FfmpegFrames.Difference(k, played)).ToArray();
        var match = Array.IndexOf(differences, differences.Min());
        Assert.True(differences[match] < 1.0, $"the first played picture matches no recorded key frame (closest differs by {differences[match]:F1})");

        // the burned-in clock changes every frame, so the matching key frame is the one shown: at or before the instant, within one GOP
        var shown = segment.Segment.StartUtc + TimeSpan.FromSeconds(times[match]);
        Assert.InRange((instant - shown).TotalSeconds, -0.05, ProductVms.GopSeconds + 0.05);
    }
}
