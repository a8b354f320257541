using Vms.Onvif.Client;
using Vms.Onvif.Soap;
using Vms.TestSupport;
using M1 = Vms.Onvif.Model.Media;
using M2 = Vms.Onvif.Model.Media2;

namespace Vms.Onvif.Tests.Client;

public sealed class MediaServiceTests : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task GetProfiles_Media2_ReadsEncoderSettings()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var media = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMediaAsync(CancellationToken.None);

        var profiles = await media.GetProfilesAsync(CancellationToken.None);

        Assert.Equal(["Profile_1", "Profile_2"], profiles.Select(p => p.Token));
        Assert.Equal(new EncoderSettings("VideoEncoderToken_1", "H265", 2560, 1440, 25, 4096, 50, "Main", 3), profiles[0].Encoder);
        Assert.Equal("VideoSourceToken", profiles[0].VideoSourceConfigurationToken);
        Assert.Equal("PTZToken", profiles[0].PtzConfigurationToken);
        Assert.Equal(12, profiles[1].Encoder!.FrameRate);
        var request = M2.GetProfiles.FromXml(SoapEnvelopeReader.Read(peer.Requests[^1].Body).Body!);
        Assert.Equal([M2.ConfigurationType.All], request.Types);
    }

    [Fact]
    public async Task GetProfiles_Media1Soap11_ReadsEncoderSettings()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media1Camera");
        var media = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMediaAsync(CancellationToken.None);

        var profile = Assert.Single(await media.GetProfilesAsync(CancellationToken.None));

        Assert.Equal(new EncoderSettings("vec_1", "H264", 1280, 720, 25, 2048, 50, "Main", 4), profile.Encoder);
        Assert.Equal(new Vms.Onvif.Model.Common.IntRectangle(0, 0, 1280, 720), profile.SourceBounds);
    }

    [Theory]
    [InlineData(StreamTransport.RtspTcp, M2.StreamProtocol.Rtsp)]
    [InlineData(StreamTransport.RtspUdp, M2.StreamProtocol.RtspUnicast)]
    public async Task GetStreamUri_Media2NatAddress_AsksTheProtocolAndReplacesTheHost(StreamTransport transport, M2.StreamProtocol expected)
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var media = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMediaAsync(CancellationToken.None);

        var uri = await media.GetStreamUriAsync("Profile_1", transport, CancellationToken.None);

        Assert.True(uri.HostFixed);
        Assert.Equal("rtsp://127.0.0.1:554/Streaming/Channels/101?transportmode=unicast&profile=Profile_1", uri.Uri.ToString());
        Assert.StartsWith("rtsp://192.168.1.64:554/", uri.Reported, StringComparison.Ordinal);
        var request = M2.GetStreamUri.FromXml(SoapEnvelopeReader.Read(peer.Requests[^1].Body).Body!);
        Assert.Equal(expected, request.Protocol);
    }

    [Theory]
    [InlineData(StreamTransport.RtspTcp, M1.TransportProtocol.Rtsp)]
    [InlineData(StreamTransport.RtspUdp, M1.TransportProtocol.Udp)]
    public async Task GetStreamUri_Media1ZeroAddressInWhitespace_AsksTheTransportAndReplacesTheHost(StreamTransport transport, M1.TransportProtocol expected)
    {
        await using var peer = OnvifFixturePeer.StartSet("Media1Camera");
        var media = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMediaAsync(CancellationToken.None);

        var uri = await media.GetStreamUriAsync("profile_1", transport, CancellationToken.None);

        Assert.Equal(new Uri("rtsp://127.0.0.1:8554/live/ch0"), uri.Uri);
        var request = M1.GetStreamUri.FromXml(SoapEnvelopeReader.Read(peer.Requests[^1].Body).Body!);
        Assert.Equal(new M1.StreamSetup(M1.StreamType.RtpUnicast, expected), request.StreamSetup);
    }

    [Fact]
    public async Task GetStreamUri_RelativePath_GetsDeviceHost()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        peer.Override("tr2.GetStreamUri", _ => peer.Envelope(
            """<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><GetStreamUriResponse xmlns="http://www.onvif.org/ver20/media/wsdl"><Uri>/live/main</Uri></GetStreamUriResponse></s:Body></s:Envelope>"""));
        var media = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMediaAsync(CancellationToken.None);

        var uri = await media.GetStreamUriAsync("Profile_1", StreamTransport.RtspTcp, CancellationToken.None);

        Assert.Equal(new Uri("rtsp://127.0.0.1/live/main"), uri.Uri);
        Assert.True(uri.HostFixed);
    }

    [Fact]
    public async Task SetVideoEncoder_Media1CameraClampsBitrate_ReportsTheClamp()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media1Camera");
        var media = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMediaAsync(CancellationToken.None);

        var result = await media.SetVideoEncoderAsync("profile_1", new EncoderChange { FrameRate = 12, BitrateKbps = 4096, GovLength = 24 }, CancellationToken.None);

        var sent = M1.SetVideoEncoderConfiguration.FromXml(SoapEnvelopeReader.Read(peer.Requests.Single(r => OnvifFixturePeer.OperationKey(r.Body) == "trt.SetVideoEncoderConfiguration").Body).Body!);
        Assert.Equal(new M1.VideoRateControl(12, 1, 4096), sent.Configuration.RateControl);
        Assert.Equal(24, sent.Configuration.H264!.GovLength);
        Assert.Equal(new Vms.Onvif.Model.Common.VideoResolution(1280, 720), sent.Configuration.Resolution);
        Assert.Equal(12, result.Applied.FrameRate);
        Assert.Equal(["BitrateKbps: asked 4096, got 1536"], result.Clamped);
    }

    [Fact]
    public async Task SetVideoEncoder_Media2_SendsChangedConfigurationAndReadsBack()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var media = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMediaAsync(CancellationToken.None);

        var result = await media.SetVideoEncoderAsync("Profile_2", new EncoderChange { FrameRate = 12, GovLength = 24, Width = 640, Height = 360 }, CancellationToken.None);

        var sent = M2.SetVideoEncoderConfiguration.FromXml(SoapEnvelopeReader.Read(peer.Requests.Single(r => OnvifFixturePeer.OperationKey(r.Body) == "tr2.SetVideoEncoderConfiguration").Body).Body!);
        Assert.Equal(12f, sent.Configuration.RateControl!.FrameRateLimit);
        Assert.Equal(24, sent.Configuration.GovLength);
        Assert.True(result.ExactlyApplied);
    }
}
