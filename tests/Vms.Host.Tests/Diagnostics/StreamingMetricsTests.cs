using System.Net.Http.Json;
using System.Text.Json;
using Vms.Host.Tests.Streaming;
using Vms.TestSupport;

namespace Vms.Host.Tests.Diagnostics;

public sealed class StreamingMetricsTests
{
    [Fact]
    public async Task Metrics_AfterRecording_PrometheusTextPerCameraAndStorage()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));
        var feeder = new SyntheticFeeder(host.Time, "cam1");
        var feed = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(feed, 60);
        await feed.DisposeAsync().AsTask().WithTimeout();
        feed = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(feed, 60);
        host.Time.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(1));
        await host.FlushAsync();

        using var http = await host.HttpAsync();
        var response = await http.GetAsync("metrics").WithTimeout();
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n');
        Assert.Contains("# TYPE vms_camera_frames_total counter", lines);
        Assert.Contains("vms_camera_frames_total{camera=\"cam1\",stream=\"main\"} 120", lines);
        Assert.Contains("vms_camera_online{camera=\"cam1\",stream=\"main\"} 1", lines);
        Assert.Contains("vms_camera_recording{camera=\"cam1\",stream=\"main\"} 1", lines);
        Assert.Contains("vms_camera_reconnects_total{camera=\"cam1\",stream=\"main\"} 1", lines);
        Assert.Contains("vms_camera_gaps_total{camera=\"cam1\",stream=\"main\"} 1", lines);
        Assert.Contains("vms_camera_frames_per_second{camera=\"cam1\",stream=\"main\"} 12", lines);
        Assert.Contains(lines, l => l.StartsWith("vms_camera_bitrate_bits_per_second{camera=\"cam1\",stream=\"main\"} ", StringComparison.Ordinal) && double.Parse(l.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("vms_recordings_days_on_disk{camera=\"cam1\"} 1", lines);
        Assert.Contains(lines, l => l.StartsWith("vms_recordings_bytes{camera=\"cam1\"} ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("vms_storage_free_bytes ", StringComparison.Ordinal));

        var usage = await http.GetFromJsonAsync<JsonElement>("api/v1/recordings/usage").WithTimeout();
        var camera = Assert.Single(usage.GetProperty("cameras").EnumerateArray());
        Assert.Equal("cam1", camera.GetProperty("camera").GetString());
        Assert.Equal(1, camera.GetProperty("daysOnDisk").GetInt32());
        Assert.True(usage.GetProperty("bytes").GetInt64() > 0);
        await feed.DisposeAsync().AsTask().WithTimeout();
    }
}
