using Vms.Onvif.Model.Common;
using Vms.Rtsp.Media;
using Vms.Simulators.Camera;
using Xunit.Abstractions;
using M1 = Vms.Onvif.Model.Media;
using M2 = Vms.Onvif.Model.Media2;

namespace Vms.Simulators.Tests.Camera;

public sealed class MediaServiceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GetProfiles_Media1AndMedia2_ShowTheSameStableProfiles()
    {
        await using var h = CameraHarness.Create(output);

        var v1 = (await h.CallAsync<M1.GetProfilesResponse>(new M1.GetProfiles().ToXml())).Profiles;
        var v2 = (await h.CallAsync<M2.GetProfilesResponse>(new M2.GetProfiles(null, [M2.ConfigurationType.All]).ToXml())).Profiles;

        Assert.Equal(["profile_main", "profile_sub"], v1.Select(p => p.Token));
        Assert.Equal(["profile_main", "profile_sub"], v2.Select(p => p.Token));
        Assert.Equal(new VideoResolution(640, 360), v1[0].VideoEncoderConfiguration!.Resolution);
        Assert.Equal(new VideoResolution(320, 180), v2[1].Configurations!.VideoEncoder!.Resolution);
        Assert.Equal("ptz_config", v1[0].PtzConfiguration!.Token);
        Assert.Equal("video_source_config", v2[0].Configurations!.VideoSource!.Token);
    }

    [Fact]
    public async Task GetStreamUri_BothServices_UseTheHostTheClientUsedAndTheRtspPort()
    {
        await using var h = CameraHarness.Create(output);
        h.Host = "198.51.100.7:80";

        var v1 = (await h.CallAsync<M1.GetStreamUriResponse>(new M1.GetStreamUri(new M1.StreamSetup(M1.StreamType.RtpUnicast, M1.TransportProtocol.Rtsp), "profile_main").ToXml())).MediaUri;
        var v2 = (await h.CallAsync<M2.GetStreamUriResponse>(new M2.GetStreamUri(M2.StreamProtocol.RtspUnicast, "profile_sub").ToXml())).Uri;
        var unknown = await h.CallAsync(new M2.GetStreamUri(M2.StreamProtocol.RtspUnicast, "nope").ToXml());

        Assert.Equal($"rtsp://198.51.100.7:{h.Camera.RtspPort}/main", v1.Uri);
        Assert.Equal($"rtsp://198.51.100.7:{h.Camera.RtspPort}/sub", v2);
        CameraHarness.AssertFault(unknown, OnvifFaultCodes.NoProfile);
    }

    [Fact]
    public async Task EncoderOptions_BothServices_OfferTheConfiguredResolution()
    {
        await using var h = CameraHarness.Create(output);

        var v1 = (await h.CallAsync<M1.GetVideoEncoderConfigurationOptionsResponse>(new M1.GetVideoEncoderConfigurationOptions("encoder_main").ToXml())).Options;
        var v2 = (await h.CallAsync<M2.GetVideoEncoderConfigurationOptionsResponse>(new M2.GetVideoEncoderConfigurationOptions(null, "profile_sub").ToXml())).Options;
        var sources = (await h.CallAsync<M1.GetVideoSourcesResponse>(new M1.GetVideoSources().ToXml())).VideoSources;
        var capabilities = (await h.CallAsync<M2.GetServiceCapabilitiesResponse>(new M2.GetServiceCapabilities().ToXml())).Capabilities;

        Assert.Contains(new VideoResolution(640, 360), v1.H264!.ResolutionsAvailable);
        Assert.Contains(new VideoResolution(1280, 720), v1.H264.ResolutionsAvailable);
        Assert.Contains(new VideoResolution(320, 180), Assert.Single(v2).ResolutionsAvailable);
        Assert.Equal(new VideoResolution(640, 360), Assert.Single(sources).Resolution);
        Assert.True(capabilities.Mask);
        Assert.True(capabilities.SnapshotUri);
    }

    [Fact]
    public async Task SetVideoEncoderConfiguration_Media2_ChangesTheSpsOfTheProducedStream()
    {
        await using var h = CameraHarness.Create(output);
        await h.Camera.StartAsync(CancellationToken.None);
        var source = h.Camera.Streams[StreamKind.Main].Source;
        var before = Sps(source.NextAccessUnit(h.Camera.Now)!);
        var config = (await h.CallAsync<M2.GetVideoEncoderConfigurationsResponse>(new M2.GetVideoEncoderConfigurations("encoder_main").ToXml())).Configurations[0];

        var set = await h.CallAsync(new M2.SetVideoEncoderConfiguration(config with
        {
            Resolution = new VideoResolution(1280, 720),
            RateControl = new M2.VideoRateControl2(25, 1024),
            GovLength = 50,
        }).ToXml());
        var after = Sps(source.NextAccessUnit(h.Camera.Now.AddSeconds(1))!);
        var reread = (await h.CallAsync<M2.GetVideoEncoderConfigurationsResponse>(new M2.GetVideoEncoderConfigurations("encoder_main").ToXml())).Configurations[0];

        Assert.Equal(200, set.StatusCode);
        Assert.Equal((640, 360, 12.0), (before.Width, before.Height, before.FrameRate));
        Assert.Equal((1280, 720, 25.0), (after.Width, after.Height, after.FrameRate));
        Assert.Equal(new VideoResolution(1280, 720), reread.Resolution);
        Assert.Equal(50, reread.GovLength);
        Assert.Equal(50, source.Settings.GopFrames);
    }

    [Fact]
    public async Task SetVideoEncoderConfiguration_Media1_UnofferedResolutionOrUnknownToken_Faults()
    {
        await using var h = CameraHarness.Create(output);
        var config = (await h.CallAsync<M1.GetVideoEncoderConfigurationResponse>(new M1.GetVideoEncoderConfiguration("encoder_sub").ToXml())).Configuration;

        var badSize = await h.CallAsync(new M1.SetVideoEncoderConfiguration(config with { Resolution = new VideoResolution(333, 222) }).ToXml());
        var badToken = await h.CallAsync(new M1.SetVideoEncoderConfiguration(config with { Token = "encoder_x" }).ToXml());
        var badRate = await h.CallAsync(new M1.SetVideoEncoderConfiguration(config with { RateControl = new M1.VideoRateControl(99, 1, 512) }).ToXml());
        var byUser = await h.CallAsync(new M1.SetVideoEncoderConfiguration(config).ToXml(), CameraHarness.Operator, CameraHarness.OperatorPassword);

        CameraHarness.AssertFault(badSize, OnvifFaultCodes.ConfigModify);
        CameraHarness.AssertFault(badToken, OnvifFaultCodes.NoConfig);
        CameraHarness.AssertFault(badRate, OnvifFaultCodes.ConfigModify);
        Assert.Equal(200, byUser.StatusCode);
    }

    private static H264SpsInfo Sps(AccessUnit unit)
    {
        Assert.True(unit.IsKeyframe);
        var sps = unit.NalUnits.First(n => (n.Span[0] & 0x1F) == 7);
        Assert.True(H264SpsParser.TryParse(sps.Span, out var info));
        return info;
    }
}
