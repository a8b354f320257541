using Vms.Host.Demo;

namespace Vms.Host.Tests.Demo;

public sealed class DemoBannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Format_AdoptedCameras_ListsApiLiveUrlsPlaybackExampleAndViewerCommands()
    {
        DemoCamera[] cameras =
        [
            new("cam-01", "fixed", new Uri("http://127.0.0.1:4000/onvif/device_service"), "cam-01"),
            new("cam-02", "ptz", new Uri("http://127.0.0.1:4002/onvif/device_service"), "mairie"),
        ];

        var text = DemoBanner.Format(new Uri("http://127.0.0.1:8080/"), "127.0.0.1", 8554, cameras, Now, "admin", "demo-password-1");

        Assert.Contains("2 simulated camera(s), 2 adopted", text, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080/", text, StringComparison.Ordinal);
        Assert.Contains("rtsp://127.0.0.1:8554/cam-01", text, StringComparison.Ordinal);
        Assert.Contains("rtsp://127.0.0.1:8554/mairie", text, StringComparison.Ordinal);
        Assert.Contains("rtsp://127.0.0.1:8554/cam-01/playback?start=2026-03-14T09:29:00Z", text, StringComparison.Ordinal);
        Assert.Contains("login     admin / demo-password-1", text, StringComparison.Ordinal);
        Assert.Contains("ffplay -rtsp_transport tcp rtsp://admin:demo-password-1@127.0.0.1:8554/cam-01", text, StringComparison.Ordinal);
        Assert.Contains("vlc rtsp://admin:demo-password-1@127.0.0.1:8554/cam-01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not adopted", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NotAdoptedCamera_SaysSoAndUsesItsName()
    {
        var text = DemoBanner.Format(null, "127.0.0.1", 9554, [new("cam-07", "fixed", new Uri("http://127.0.0.1:1/"), null)], Now);

        Assert.Contains("0 adopted", text, StringComparison.Ordinal);
        Assert.Contains("(disabled)", text, StringComparison.Ordinal);
        Assert.Contains("(the password set before)", text, StringComparison.Ordinal);
        Assert.Contains("rtsp://admin:PASSWORD@127.0.0.1:9554/cam-07", text, StringComparison.Ordinal);
        Assert.Contains("rtsp://127.0.0.1:9554/cam-07  (not adopted)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MoreCamerasThanListed_SummarisesTheRest()
    {
        var cameras = Enumerable.Range(1, 200).Select(i => new DemoCamera($"cam-{i:000}", "fixed", new Uri("http://127.0.0.1:1/"), $"cam-{i:000}")).ToArray();

        var text = DemoBanner.Format(new Uri("http://127.0.0.1:8080/"), "127.0.0.1", 8554, cameras, Now);

        Assert.Contains("cam-020", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cam-021", text, StringComparison.Ordinal);
        Assert.Contains("... and 180 more", text, StringComparison.Ordinal);
        Assert.True(text.Split('\n').Length < 30, "the banner stays short");
    }
}
