using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Media;
using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model.Media;

public class MediaSamplesTests
{
    [Fact]
    public void GetStreamUri_Sample10_ReadsSetupAndProfile()
    {
        var request = GetStreamUri.FromXml(Samples.Shared("10_getstreamuri.xml"));
        Assert.Equal(new StreamSetup(StreamType.RtpUnicast, TransportProtocol.Rtsp), request.StreamSetup);
        Assert.Equal("main", request.ProfileToken);
    }

    [Fact]
    public void GetStreamUriResponse_Sample11_ReadsMediaUri()
    {
        var response = GetStreamUriResponse.FromXml(Samples.Shared("11_getstreamuriresp.xml"));
        Assert.Equal(new MediaUri("rtsp://h:554/main", false, false, TimeSpan.Zero), response.MediaUri);
    }

    [Fact]
    public void SetVideoEncoderConfiguration_Sample12_Reads12FpsGop24()
    {
        var request = SetVideoEncoderConfiguration.FromXml(Samples.Shared("12_setvec.xml"));
        var configuration = request.Configuration;
        Assert.True(request.ForcePersistence);
        Assert.Equal("vec0", configuration.Token);
        Assert.Equal("main", configuration.Name);
        Assert.Equal(1, configuration.UseCount);
        Assert.Equal(VideoEncoding.H264, configuration.Encoding);
        Assert.Equal(new VideoResolution(1920, 1080), configuration.Resolution);
        Assert.Equal(70f, configuration.Quality);
        Assert.Equal(new VideoRateControl(12, 1, 2048), configuration.RateControl);
        Assert.Equal(new H264Configuration(24, H264Profile.Main), configuration.H264);
        Assert.Equal(new MulticastConfiguration(new IpAddress(IpType.IPv4, "0.0.0.0"), 0, 1, false), configuration.Multicast);
        Assert.Equal(TimeSpan.FromSeconds(60), configuration.SessionTimeout);
    }
}
