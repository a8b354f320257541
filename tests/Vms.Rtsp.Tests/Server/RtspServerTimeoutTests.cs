using Vms.Rtsp.Messages;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

public sealed class RtspServerTimeoutTests(ITestOutputHelper output)
{
    private const string Tcp = "RTP/AVP/TCP;unicast";

    [Fact]
    public async Task Session_NoRequestsForTheTimeout_IsTornDownAndItsConnectionClosed()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        var ended = h.NextSessionEnd();

        h.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(ended.IsCompleted);
        Assert.Equal(1, h.Server.SessionCount);

        h.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("session timeout", await ended.WithTimeout());
        Assert.Equal(0, stream.ViewerCount);
        await c.ReadUntilClosedAsync().WithTimeout();
    }

    [Fact]
    public async Task Session_GetParameterKeepAlive_ResetsTheTimeout()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        var ended = h.NextSessionEnd();
        for (var i = 0; i < 5; i++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(30));
            Assert.Equal(200, (await c.RequestAsync(RtspMethod.GetParameter, "/cam").WithTimeout()).StatusCode);
        }

        Assert.False(ended.IsCompleted);
        Assert.Equal(1, h.Server.SessionCount);
    }

    [Fact]
    public async Task Session_OptionsWithSessionHeader_ResetsTheTimeout()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        var ended = h.NextSessionEnd();
        for (var i = 0; i < 4; i++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(40));
            Assert.Equal(200, (await c.RequestAsync(RtspMethod.Options, "/cam").WithTimeout()).StatusCode);
        }

        Assert.False(ended.IsCompleted);
    }

    [Fact]
    public async Task Session_InterleavedRtcpReceiverReports_ResetTheTimeout()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp + ";interleaved=0-1")).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        var ended = h.NextSessionEnd();
        byte[] receiverReport = [(byte)'$', 1, 0, 8, 0x80, 201, 0, 1, 0, 0, 0, 9];
        for (var i = 0; i < 4; i++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(40));
            await c.SendRawAsync(receiverReport);

            // a request after the report proves the server has read it; it names another session, so only the report keeps ours alive
            Assert.Equal(454, (await c.RequestAsync(RtspMethod.GetParameter, "/cam", (RtspHeaderNames.Session, "0")).WithTimeout()).StatusCode);
        }

        Assert.False(ended.IsCompleted);
    }

    [Fact]
    public async Task Connection_IdleWithoutSession_IsClosed()
    {
        await using var h = await ServerHarness.StartAsync(output, new RtspServerOptions { IdleConnectionTimeout = TimeSpan.FromSeconds(10) });
        await using var c = h.Connect();
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Options, "*").WithTimeout()).StatusCode);
        h.Time.Advance(TimeSpan.FromSeconds(12));
        Assert.Empty(await c.ReadUntilClosedAsync().WithTimeout());
    }
}
