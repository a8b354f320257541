using System.Net.Http.Json;
using Vms.Host.Cameras.Registry;
using Vms.Host.Cameras.Supervision;
using Vms.Host.Streaming;
using Vms.Simulators.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Host.Tests.Cameras.Supervision;

/// <summary>Supervisors against real simulated cameras (ONVIF + RTSP on loopback), the service on a manual clock.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "disposed by IAsyncLifetime.DisposeAsync")]
public sealed class CameraSupervisorTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CameraTestHost _host = new(output);

    public Task InitializeAsync() => _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Adopt_CameraAt25Fps_SetsTwelveFpsAndFeedsBothStreams()
    {
        var camera = await _host.StartCameraAsync();
        var id = await _host.AdoptAsync(camera);
        Assert.Equal("place-de-la-mairie", id);

        var state = await _host.WaitStateAsync(id, s => s.Online && s.FramesPerSecond is not null);
        Assert.Equal(12, camera.EncoderSettings(StreamKind.Main).FramesPerSecond);
        Assert.Equal(25, camera.EncoderSettings(StreamKind.Sub).FramesPerSecond);
        Assert.True(state.Recording);
        Assert.InRange(state.FramesPerSecond!.Value, 11, 13);
        Assert.True(state.BitrateKbps > 0);

        // the frames the ingest received are 12 per second of media time; the sub stream flows too
        await _host.Ingest.WaitAsync(i => i.Feeds.Any(f => f.Stream == CameraStreamKind.Main && f.VideoPts.Count >= 30)
            && i.Feeds.Any(f => f.Stream == CameraStreamKind.Sub && f.VideoPts.Count >= 10)).WithTimeout();
        var pts = _host.Ingest.Feeds.First(f => f.Stream == CameraStreamKind.Main).VideoPts;
        var fps = 24 * 90_000.0 / (pts[^1] - pts[^25]);
        Assert.InRange(fps, 11.5, 12.5);
        Assert.All(_host.Ingest.Feeds, f => Assert.Equal(id, f.CameraId));
    }

    [Fact]
    public async Task PutMasks_OnlineCamera_AppliesThemWithoutReconnecting()
    {
        var camera = await _host.StartCameraAsync();
        var id = await _host.AdoptAsync(camera);
        var before = await _host.WaitStateAsync(id, s => s.Online && s.LastConfigurationCheckUtc is not null);
        var checkedAt = before.ConfigurationChecks;

        using var response = await _host.Api.PutAsJsonAsync($"api/v1/cameras/{id}/masks", new
        {
            masks = new[] { new { points = new[] { new { x = -1.0, y = 1.0 }, new { x = 0.0, y = 1.0 }, new { x = 0.0, y = 0.0 }, new { x = -1.0, y = 0.0 } }, color = "#ff00ff" } },
        }).WithTimeout();
        response.EnsureSuccessStatusCode();

        var after = await _host.WaitStateAsync(id, s => s.ConfigurationChecks > checkedAt);
        var masks = camera.Read(s => s.Masks.ToList());
        var mask = Assert.Single(masks);
        Assert.Equal(new byte[] { 255, 0, 255 }, mask.Rgb);
        Assert.Equal(new double[] { -1, 1 }, mask.Points[0]);
        Assert.Empty(after.Drift);
        Assert.Equal(1, after.SessionCount);
        Assert.Single(_host.Ingest.Feeds, f => f.Stream == CameraStreamKind.Main);
    }

    [Fact]
    public async Task Reboot_CameraComesBack_StateGoesOfflineThenOnlineWithAReconnectCounted()
    {
        var camera = await _host.StartCameraAsync();
        var id = await _host.AdoptAsync(camera);
        await _host.WaitStateAsync(id, s => s.Online);

        var reboot = camera.RebootAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        var offline = await _host.WaitStateAsync(id, s => s.Status == CameraConnectionStatus.Retrying);
        Assert.False(offline.Recording);
        Assert.NotNull(offline.LastError);
        await reboot.WithTimeout();

        // each retry waits on the manual clock: move it past the (capped) backoff until the camera is back
        var online = offline;
        for (var round = 0; round < 10 && !online.Online; round++)
        {
            var waiting = online.NextAttemptUtc;
            _host.Time.Advance(CameraTestHost.ReconnectMax);
            online = await _host.WaitStateAsync(id, s => s.Online || (s.Status == CameraConnectionStatus.Retrying && s.NextAttemptUtc != waiting));
        }

        Assert.True(online.Online, online.LastError);
        Assert.True(online.ReconnectCount >= 1);
        Assert.Equal(2, online.SessionCount);
        await _host.Ingest.WaitAsync(i => i.Feeds.Count(f => f.Stream == CameraStreamKind.Main) == 2
            && i.Feeds.First(f => f.Stream == CameraStreamKind.Main).Disposed
            && i.Feeds.Last(f => f.Stream == CameraStreamKind.Main).Units > 0).WithTimeout();
    }

    [Fact]
    public async Task PeriodicCheck_CameraReset_ReportsDriftAndReappliesSettings()
    {
        var camera = await _host.StartCameraAsync();
        var id = await _host.AdoptAsync(camera);
        await _host.Registry.SetMasksAsync(id, [new CameraMask([new(0, 0), new(1, 0), new(1, -1)], "#00ff00")], default);
        var configured = await _host.WaitStateAsync(id, s => s.Online && camera.Read(c => c.Masks.Count) == 1);
        Assert.Equal(0, configured.DriftCorrections);

        // a factory reset behind our back: encoder back to 25 fps, masks gone
        camera.SetEncoderSettings(StreamKind.Main, camera.EncoderSettings(StreamKind.Main) with { FramesPerSecond = 25 });
        camera.Change(s => s.Masks.Clear());
        _host.Time.Advance(CameraTestHost.CheckInterval);

        var drifted = await _host.WaitStateAsync(id, s => s.DriftCorrections == 1);
        Assert.Contains(drifted.Drift, d => d.StartsWith("frameRate: camera 25, wanted 12", StringComparison.Ordinal));
        Assert.Contains(drifted.Drift, d => d.StartsWith("masks: camera had 0, 1 wanted", StringComparison.Ordinal));
        Assert.Equal(12, camera.EncoderSettings(StreamKind.Main).FramesPerSecond);
        Assert.Equal(1, camera.Read(s => s.Masks.Count));
        Assert.Equal(1, drifted.SessionCount);
    }

    [Fact]
    public async Task RemoveCamera_Supervised_StopsThePullAndForgetsTheState()
    {
        var camera = await _host.StartCameraAsync();
        var id = await _host.AdoptAsync(camera);
        await _host.WaitStateAsync(id, s => s.Online);

        using var response = await _host.Api.DeleteAsync($"api/v1/cameras/{id}").WithTimeout();
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);

        await _host.Ingest.WaitAsync(i => i.Feeds.All(f => f.Disposed)).WithTimeout();
        var supervisors = _host.Services.GetService(typeof(CameraSupervisorHost)) as CameraSupervisorHost;
        Assert.DoesNotContain(id, supervisors!.Supervised);
    }
}
