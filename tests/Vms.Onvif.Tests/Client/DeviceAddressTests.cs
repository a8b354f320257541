using Vms.Onvif.Client;

namespace Vms.Onvif.Tests.Client;

public sealed class DeviceAddressTests
{
    private static readonly Uri Device = new("http://203.0.113.7:8080/onvif/device_service");

    [Theory]
    [InlineData("rtsp://192.168.1.64:554/Streaming/Channels/101", "rtsp://203.0.113.7:554/Streaming/Channels/101", true)]
    [InlineData("rtsp://0.0.0.0/live", "rtsp://203.0.113.7/live", true)]
    [InlineData("rtsp://203.0.113.7:8554/live?x=1", "rtsp://203.0.113.7:8554/live?x=1", false)]
    [InlineData("  /h264/ch1  ", "rtsp://203.0.113.7/h264/ch1", true)]
    [InlineData("rtsp://user:pw@10.0.0.2:554/a", "rtsp://203.0.113.7:554/a", true)]
    [InlineData("10.0.0.2:554/a", "rtsp://203.0.113.7:554/a", true)]
    public void Fix_ReportedUri_KeepsPortAndPathWithDeviceHost(string reported, string expected, bool replaced)
    {
        var uri = DeviceAddress.Fix(reported, Device, "rtsp", out var hostReplaced);

        Assert.Equal(new Uri(expected), uri);
        Assert.Equal(replaced, hostReplaced);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Fix_Empty_ReturnsNull(string? reported) => Assert.Null(DeviceAddress.Fix(reported, Device, "rtsp", out _));

    [Fact]
    public void Fix_Ipv6Device_BracketsTheHost()
    {
        var uri = DeviceAddress.Fix("/live", new Uri("http://[fd00::5]/onvif/device_service"), "rtsp", out _);

        Assert.Equal("rtsp://[fd00::5]/live", uri!.ToString());
    }
}
