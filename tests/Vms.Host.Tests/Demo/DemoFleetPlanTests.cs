using Microsoft.Extensions.Logging.Abstractions;
using Vms.Host.Demo;
using Vms.Host.Options;
using Vms.Simulators.Camera;

namespace Vms.Host.Tests.Demo;

public sealed class DemoFleetPlanTests
{
    [Fact]
    public void Build_FiveCameras_MixesFixedPtzAndPanoramicOnLoopbackWithDiscovery()
    {
        var options = new VmsOptions { DataFolder = "/srv/vms", Demo = new DemoOptions { Cameras = 5, DiscoveryPort = 40000 } };

        var plan = DemoFleetPlan.Build(options, TimeProvider.System, NullLoggerFactory.Instance);

        Assert.Equal(["cam-01", "cam-02", "cam-03", "cam-04", "cam-05"], plan.Cameras.Select(c => c.Name));
        Assert.Equal([CameraKind.Fixed, CameraKind.Ptz, CameraKind.Panoramic, CameraKind.Fixed, CameraKind.Fixed], plan.Cameras.Select(c => c.Kind));
        Assert.All(plan.Cameras, c => Assert.Equal("127.0.0.1", c.Address.ToString()));
        Assert.All(plan.Cameras, c => Assert.Equal((0, 0), (c.HttpPort, c.RtspPort)));
        Assert.All(plan.Cameras, c => Assert.Equal(("admin", "admin"), (c.Username, c.Password)));
        Assert.Equal("127.0.0.1", plan.DiscoveryInterface!.ToString());
        Assert.Equal(40000, plan.DiscoveryPort);
        Assert.Null(plan.ControlPort);
        Assert.Equal(Path.GetFullPath("/srv/vms/demo-cameras"), plan.DataFolder);
    }

    [Fact]
    public void Build_MainResolutionAndFrameRate_ApplyToBothStreamsSubHalfTheMainPanoramicTwiceAsWide()
    {
        var options = new VmsOptions
        {
            Recording = new RecordingOptions { DefaultFrameRate = 10 },
            Demo = new DemoOptions { Cameras = 3, MainResolution = "640x360" },
        };

        var plan = DemoFleetPlan.Build(options, TimeProvider.System, NullLoggerFactory.Instance);

        var main = plan.Cameras.Select(c => (c.MainStream!.Width, c.MainStream.Height, c.MainStream.FramesPerSecond)).ToArray();
        Assert.Equal([(640, 360, 10), (640, 360, 10), (1280, 360, 10)], main);
        Assert.Equal([(320, 180), (320, 180), (640, 180)], plan.Cameras.Select(c => (c.SubStream!.Width, c.SubStream.Height)));
    }

    [Fact]
    public void Kind_EveryTenCameras_SevenFixedTwoPtzOnePanoramic()
    {
        var kinds = Enumerable.Range(0, 200).Select(DemoFleetPlan.Kind).ToArray();

        Assert.Equal(140, kinds.Count(k => k == CameraKind.Fixed));
        Assert.Equal(40, kinds.Count(k => k == CameraKind.Ptz));
        Assert.Equal(20, kinds.Count(k => k == CameraKind.Panoramic));
    }

    [Theory]
    [InlineData("1280x720", true, 1280, 720)]
    [InlineData("640X360", true, 640, 360)]
    [InlineData("2048x2304", true, 2048, 2304)]
    [InlineData("2050x720", false, 0, 0)]
    [InlineData("641x360", false, 0, 0)]
    [InlineData("8x8", false, 0, 0)]
    [InlineData("1280", false, 0, 0)]
    [InlineData("-640x360", false, 0, 0)]
    [InlineData("", false, 0, 0)]
    [InlineData(null, false, 0, 0)]
    public void TryParseResolution_Text_AcceptsEvenSizesInRange(string? text, bool ok, int width, int height)
    {
        var parsed = DemoFleetPlan.TryParseResolution(text, out var w, out var h);

        Assert.Equal(ok, parsed);
        if (ok)
        {
            Assert.Equal((width, height), (w, h));
        }
    }
}
