using Vms.Host.Cli.Verbs;
using Vms.Onvif.Client;
using Vms.Rtsp.Client;
using Xunit.Abstractions;

namespace Vms.EndToEnd.Tests.Onvif;

/// <summary>Media through our client against a running simulated camera, checked in the camera's state and its stream.</summary>
public sealed class ClientMediaTests(ITestOutputHelper output)
{
    /// <summary>Rewrites the Host header as a camera behind NAT would see it, so its XAddrs and stream URIs name an address we cannot reach.</summary>
    private sealed class NatHostHandler(string host) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Host = host;
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task SetVideoEncoder_TwelveFps_ReadBackAndTheStreamRunsAtTwelve()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        var media = await c.Device.GetMediaAsync(CancellationToken.None);

        var result = await media.SetVideoEncoderAsync("profile_main", new EncoderChange { FrameRate = 12, GovLength = 24 }, CancellationToken.None);
        var profiles = await media.GetProfilesAsync(CancellationToken.None);
        var uri = await media.GetStreamUriAsync("profile_main", StreamTransport.RtspTcp, CancellationToken.None);
        var measured = await RtspStreamProbe.ProbeAsync(uri.Uri.ToString(), SimulatedCameraClient.User, SimulatedCameraClient.Password, RtspClientTransport.Tcp, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);

        Assert.Equal(2, media.Version);
        Assert.Empty(result.Clamped);
        Assert.Equal(12, profiles.Single(p => p.Token == "profile_main").Encoder!.FrameRate);
        Assert.Equal(24, profiles.Single(p => p.Token == "profile_main").Encoder!.GovLength);
        Assert.Equal(12, c.Camera.EncoderSettings(Simulators.Camera.StreamKind.Main).FramesPerSecond);
        var track = Assert.Single(measured.Tracks);
        Assert.InRange(track.TimestampFps!.Value, 11.5, 12.5);
        Assert.InRange(track.MeasuredFps!.Value, 5, 12.5);
        Assert.InRange(track.KeyframeIntervalFrames!.Value, 23, 25);
    }

    [Fact]
    public async Task SetVideoEncoder_OutOfRangeBitrate_DeviceFaultIsTyped()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        var media = await c.Device.GetMediaAsync(CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<Vms.Onvif.Soap.OnvifFaultException>(() => media.SetVideoEncoderAsync("profile_main", new EncoderChange { BitrateKbps = 1_000_000 }, CancellationToken.None));

        Assert.Contains("ConfigModify", string.Join(' ', error.Fault.Subcodes.Select(s => s.LocalName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStreamUri_CameraBehindNat_HostFixedPortAndPathKept()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        var device = c.NewDevice(handler: new NatHostHandler($"192.168.1.64:{c.Camera.HttpPort}"));

        var services = await device.GetServicesAsync(CancellationToken.None);
        var media = await device.GetMediaAsync(CancellationToken.None);
        var tcp = await media.GetStreamUriAsync("profile_sub", StreamTransport.RtspTcp, CancellationToken.None);
        var udp = await media.GetStreamUriAsync("profile_main", StreamTransport.RtspUdp, CancellationToken.None);

        Assert.All(services.Services, s => Assert.Equal("127.0.0.1", s.XAddr.Host));
        Assert.NotNull(services.Events);
        Assert.True(tcp.HostFixed);
        Assert.StartsWith("rtsp://192.168.1.64:", tcp.Reported, StringComparison.Ordinal);
        Assert.Equal(c.Camera.RtspUri(Simulators.Camera.StreamKind.Sub), tcp.Uri);
        Assert.Equal(c.Camera.RtspUri(Simulators.Camera.StreamKind.Main), udp.Uri);
    }
}
