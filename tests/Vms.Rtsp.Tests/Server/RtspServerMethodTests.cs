using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

public sealed class RtspServerMethodTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Options_AnyUri_ReturnsPublicMethods()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Options, "/whatever").WithTimeout();
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("1", response.Headers.Get(RtspHeaderNames.CSeq));
        Assert.True(PublicHeader.TryParse(response.Headers.Get(RtspHeaderNames.Public), out var methods));
        foreach (var m in new[] { "OPTIONS", "DESCRIBE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER", "SET_PARAMETER" })
        {
            Assert.True(methods.Supports(m), m);
        }
    }

    [Fact]
    public async Task Describe_RequireOnvifReplay_Returns551WithUnsupportedAndCreatesNoSession()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        var describe = await c.RequestAsync(RtspMethod.Describe, "/cam", (RtspHeaderNames.Require, "onvif-replay")).WithTimeout();
        Assert.Equal(551, describe.StatusCode);
        Assert.Equal("onvif-replay", describe.Headers.Get(RtspHeaderNames.Unsupported));
        var setup = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast"), (RtspHeaderNames.Require, "onvif-replay, x-other")).WithTimeout();
        Assert.Equal(551, setup.StatusCode);
        Assert.Equal("x-other", setup.Headers.Get(RtspHeaderNames.Unsupported)); // onvif-replay is known (offered on playback paths)
        Assert.Equal(0, h.Server.SessionCount);

        // the same request without the requirement is served
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Describe, "/cam").WithTimeout()).StatusCode);
    }

    [Fact]
    public async Task Describe_LivePath_ReturnsSdpWithContentBaseAndTrackControls()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam1/main", TestMedia.Video(), TestMedia.Audio());
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Describe, "/cam1/main", ("Accept", "application/sdp")).WithTimeout();
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/sdp", response.Headers.ContentType);
        Assert.Equal(c.BaseUrl + "/cam1/main/", response.Headers.ContentBase);
        var sdp = response.BodyText;
        Assert.Contains("m=video 0 RTP/AVP 96", sdp, StringComparison.Ordinal);
        Assert.Contains("a=control:trackID=0", sdp, StringComparison.Ordinal);
        Assert.Contains("a=control:trackID=1", sdp, StringComparison.Ordinal);
        Assert.Contains("sprop-parameter-sets=" + Convert.ToBase64String(TestMedia.Sps), sdp, StringComparison.Ordinal);
        Assert.Equal("cam1/main", h.Resolver.Requests.Single().Path);
    }

    [Fact]
    public async Task Describe_UnknownPath_Returns404()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Describe, "/nothing").WithTimeout();
        Assert.Equal(404, response.StatusCode);
    }

    [Fact]
    public async Task Setup_TcpInterleaved_ReturnsTransportWithChannelsSsrcAndSessionTimeout()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast;interleaved=4-5")).WithTimeout();
        Assert.Equal(200, response.StatusCode);
        Assert.True(TransportHeader.TryParse(response.Headers.Transport, out var transport));
        var spec = Assert.Single(transport.Specs);
        Assert.True(spec.IsTcp);
        Assert.Equal(new PortRange(4, 5), spec.Interleaved);
        Assert.Equal(stream.Ssrc(0), spec.Ssrc);
        Assert.True(SessionHeader.TryParse(response.Headers.Session, out var session));
        Assert.Equal(60, session.TimeoutSeconds);
        Assert.Equal(1, h.Server.SessionCount);
    }

    [Fact]
    public async Task Setup_NoInterleavedChannels_ServerAssignsAFreePair()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam", TestMedia.Video(), TestMedia.Audio());
        await using var c = h.Connect();
        var first = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        var second = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=1", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        Assert.Contains("interleaved=0-1", first.Headers.Transport, StringComparison.Ordinal);
        Assert.Contains("interleaved=2-3", second.Headers.Transport, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RTP/AVP;multicast;port=5000-5001")]
    [InlineData("RTP/SAVP/TCP;unicast;interleaved=0-1")]
    [InlineData("RTP/AVP/TCP;unicast;interleaved=0-1;mode=record")]
    [InlineData("RTP/AVP;unicast;client_port=5000-5001")] // the in-memory server has UDP off
    public async Task Setup_UnsupportedTransport_Returns461(string transport)
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, transport)).WithTimeout();
        Assert.Equal(461, response.StatusCode);
    }

    [Fact]
    public async Task Setup_FirstSupportedOfSeveral_IsChosen()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP;multicast,RTP/AVP/TCP;unicast;interleaved=0-1")).WithTimeout();
        Assert.Equal(200, response.StatusCode);
        Assert.Contains("interleaved=0-1", response.Headers.Transport, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_MissingTransport_Returns400()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0").WithTimeout();
        Assert.Equal(400, response.StatusCode);
    }

    [Fact]
    public async Task Setup_AggregateUrlOfTwoTrackStream_Returns459()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam", TestMedia.Video(), TestMedia.Audio());
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Setup, "/cam", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        Assert.Equal(459, response.StatusCode);
    }

    [Fact]
    public async Task Setup_AggregateUrlOfOneTrackStream_SetsUpThatTrack()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Setup, "/cam", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task Setup_OtherPathInSameSession_Returns459()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("a");
        h.AddLive("b");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/a/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        var response = await c.RequestAsync(RtspMethod.Setup, "/b/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        Assert.Equal(459, response.StatusCode);
    }

    [Fact]
    public async Task Setup_UnknownTrack_Returns404AndUnknownPath404()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        var badTrack = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=7", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        Assert.Equal(404, badTrack.StatusCode);
        await using var c2 = h.Connect();
        var badPath = await c2.RequestAsync(RtspMethod.Setup, "/nope/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        Assert.Equal(404, badPath.StatusCode);
    }

    [Theory]
    [InlineData(RtspMethod.Play)]
    [InlineData(RtspMethod.Pause)]
    [InlineData(RtspMethod.Teardown)]
    public async Task SessionMethod_WithoutSession_Returns454(string method)
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        var response = await c.RequestAsync(method, "/cam").WithTimeout();
        Assert.Equal(454, response.StatusCode);
    }

    [Fact]
    public async Task Play_UnknownSession_Returns454()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Play, "/cam", (RtspHeaderNames.Session, "DEADBEEF")).WithTimeout();
        Assert.Equal(454, response.StatusCode);
    }

    [Fact]
    public async Task Pause_InReadyState_Returns455WithStateInTheLog()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        var response = await c.RequestAsync(RtspMethod.Pause, "/cam").WithTimeout();
        Assert.Equal(455, response.StatusCode);
    }

    [Fact]
    public async Task Play_TrackUrlWhenTwoTracksAreSetUp_Returns460()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam", TestMedia.Video(), TestMedia.Audio());
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=1", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        var response = await c.RequestAsync(RtspMethod.Play, "/cam/trackID=0").WithTimeout();
        Assert.Equal(460, response.StatusCode);
    }

    [Theory]
    [InlineData(RtspMethod.Announce)]
    [InlineData(RtspMethod.Record)]
    [InlineData(RtspMethod.Redirect)]
    public async Task RecordingMethods_Return405WithAllow(string method)
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var c = h.Connect();
        var response = await c.RequestAsync(method, "/cam").WithTimeout();
        Assert.Equal(405, response.StatusCode);
        Assert.Contains("PLAY", response.Headers.Get("Allow"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMethod_Returns501AndConnectionStaysUsable()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var c = h.Connect();
        Assert.Equal(501, (await c.RequestAsync("FROBNICATE", "/cam").WithTimeout()).StatusCode);
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Options, "*").WithTimeout()).StatusCode);
    }

    [Fact]
    public async Task Request_WithoutCSeq_Returns400()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var c = h.Connect();
        await c.SendRawAsync("OPTIONS * RTSP/1.0\r\n\r\n"u8.ToArray());
        Assert.Equal(400, (await c.ReadResponseAsync().WithTimeout()).StatusCode);
    }

    [Fact]
    public async Task GetParameter_WithoutSession_IsAKeepAlive200()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var c = h.Connect();
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.GetParameter, "/cam").WithTimeout()).StatusCode);
    }

    [Fact]
    public async Task Setup_BeyondMaxSessions_Returns503()
    {
        await using var h = await ServerHarness.StartAsync(output, new RtspServerOptions { MaxSessions = 1 });
        h.AddLive("cam");
        await using var a = h.Connect();
        await using var b = h.Connect();
        Assert.Equal(200, (await a.RequestAsync(RtspMethod.Setup, "/cam", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout()).StatusCode);
        Assert.Equal(503, (await b.RequestAsync(RtspMethod.Setup, "/cam", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout()).StatusCode);
    }

    [Fact]
    public async Task Connect_BeyondMaxConnections_Returns503AndCloses()
    {
        await using var h = await ServerHarness.StartAsync(output, new RtspServerOptions { MaxConnections = 1 });
        await using var a = h.Connect();
        Assert.Equal(200, (await a.RequestAsync(RtspMethod.Options, "*").WithTimeout()).StatusCode);
        await using var b = h.Connect();
        Assert.Equal(503, (await b.RequestAsync(RtspMethod.Options, "*").WithTimeout()).StatusCode);
        Assert.Empty(await b.ReadUntilClosedAsync().WithTimeout());
    }
}
