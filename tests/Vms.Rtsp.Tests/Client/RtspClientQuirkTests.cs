using Microsoft.Extensions.Logging;
using Vms.Rtsp.Client;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Transport;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Client;

/// <summary>Vendor quirks the client copes with, scripted byte for byte by a fake server.</summary>
public sealed class RtspClientQuirkTests(ITestOutputHelper output)
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task NoContentBase_RelativeControl_ResolvesAgainstTheRequestUrl()
    {
        var (client, server) = Pair("rtsp://cam.local/stream1");
        await using var _ = client;
        await using var __ = server;
        var start = client.StartAsync(CancellationToken.None);
        await server.ExpectAsync(RtspMethod.Options, [("Public", "OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN")]);
        await server.ExpectAsync(RtspMethod.Describe, [("Content-Type", "application/sdp")], ScriptedRtspServer.Sdp(null, "track1"));
        var setup = await server.ExpectAsync(RtspMethod.Setup, [("Session", "ABC;timeout=30"), ("Transport", "RTP/AVP/TCP;unicast;interleaved=0-1")]);
        Assert.Equal("rtsp://cam.local/stream1/track1", setup.Uri);
        var play = await server.ExpectAsync(RtspMethod.Play);
        Assert.Equal("ABC", play.Headers.Session);
        await start.WithTimeout();
    }

    [Fact]
    public async Task AbsoluteControlUrls_AreUsedAsTheyAre()
    {
        var (client, server) = Pair("rtsp://cam.local/live");
        await using var _ = client;
        await using var __ = server;
        var start = client.StartAsync(CancellationToken.None);
        await server.ExpectAsync(RtspMethod.Options);
        await server.ExpectAsync(RtspMethod.Describe, [("Content-Base", "rtsp://cam.local/live/")], ScriptedRtspServer.Sdp("rtsp://10.0.0.9/agg", "rtsp://10.0.0.9/agg/video"));
        var setup = await server.ExpectAsync(RtspMethod.Setup, [("Session", "S1"), ("Transport", "RTP/AVP/TCP;unicast;interleaved=0-1")]);
        Assert.Equal("rtsp://10.0.0.9/agg/video", setup.Uri);
        var play = await server.ExpectAsync(RtspMethod.Play);
        Assert.Equal("rtsp://10.0.0.9/agg", play.Uri);
        await start.WithTimeout();
    }

    [Fact]
    public async Task RtpBeforeThePlayResponse_IsKept()
    {
        var (client, server) = Pair("rtsp://cam.local/live");
        await using var _ = client;
        await using var __ = server;
        var start = client.StartAsync(CancellationToken.None);
        await server.ExpectAsync(RtspMethod.Options);
        await server.ExpectAsync(RtspMethod.Describe, [("Content-Base", "rtsp://cam.local/live/")], ScriptedRtspServer.Sdp("*", "trackID=0"));
        await server.ExpectAsync(RtspMethod.Setup, [("Session", "S1"), ("Transport", "RTP/AVP/TCP;unicast;interleaved=0-1")]);
        await server.ExpectAsync(RtspMethod.Play, beforeResponse: () => server.SendKeyframeAsync(0, 9000));
        await start.WithTimeout();
        var frame = await client.Frames.ReadAsync().AsTask().WithTimeout();
        Assert.True(frame.Unit.IsKeyframe);
    }

    [Fact]
    public async Task ServerChoosesOtherChannels_AndSendsRtcpOnTheOddOne()
    {
        var (client, server) = Pair("rtsp://cam.local/live");
        await using var _ = client;
        await using var __ = server;
        var start = client.StartAsync(CancellationToken.None);
        await server.ExpectAsync(RtspMethod.Options);
        await server.ExpectAsync(RtspMethod.Describe, [("Content-Base", "rtsp://cam.local/live/")], ScriptedRtspServer.Sdp("*", "trackID=0"));
        await server.ExpectAsync(RtspMethod.Setup, [("Session", "S1"), ("Transport", "RTP/AVP/TCP;unicast;interleaved=6")]);
        await server.ExpectAsync(RtspMethod.Play);
        await start.WithTimeout();

        // a sender report on channel 7, then media on 6
        byte[] sr = [0x80, 200, 0, 6, 0, 0, 0xCA, 0xFE, 0xE0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x23, 0x28, 0, 0, 0, 1, 0, 0, 0, 5];
        await server.SendInterleavedAsync(7, sr);
        await server.SendKeyframeAsync(6, 9000);
        Assert.True((await client.Frames.ReadAsync().AsTask().WithTimeout()).Unit.IsKeyframe);
        Assert.Equal(1, client.GetStatistics()[0].Receiver.SenderReports);
    }

    [Fact]
    public async Task SessionTimeout_KeepAliveUsesOptionsWhenGetParameterIsNotPublic()
    {
        var (client, server) = Pair("rtsp://cam.local/live", new RtspClientOptions { Url = "rtsp://cam.local/live", StallTimeout = TimeSpan.FromHours(1) });
        await using var _ = client;
        await using var __ = server;
        var start = client.StartAsync(CancellationToken.None);
        await server.ExpectAsync(RtspMethod.Options, [("Public", "OPTIONS, DESCRIBE, SETUP, PLAY")]);
        await server.ExpectAsync(RtspMethod.Describe, [("Content-Base", "rtsp://cam.local/live/")], ScriptedRtspServer.Sdp("*", "trackID=0"));
        await server.ExpectAsync(RtspMethod.Setup, [("Session", "S1;timeout=10"), ("Transport", "RTP/AVP/TCP;unicast;interleaved=0-1")]);
        await server.ExpectAsync(RtspMethod.Play);
        await start.WithTimeout();
        _time.Advance(TimeSpan.FromSeconds(5));
        var keepAlive = await server.ExpectAsync(RtspMethod.Options);
        Assert.Equal("S1", keepAlive.Headers.Session);
    }

    [Fact]
    public async Task GarbageFromTheServer_StopsWithProtocolError()
    {
        var (client, server) = Pair("rtsp://cam.local/live");
        await using var _ = client;
        await using var __ = server;
        var start = client.StartAsync(CancellationToken.None);
        await server.ReadRequestAsync();
        await server.SendInterleavedAsync(0, []); // fine
        await server.SendRawAsync([0x01, 0x02, 0x03, 0xFF, .. "\r\nnot: rtsp\r\n\r\n"u8]);
        var ex = await Assert.ThrowsAsync<RtspClientException>(() => start.WithTimeout());
        Assert.Equal(RtspClientStopReason.ProtocolError, ex.Result.Reason);
    }

    private (RtspClient Client, ScriptedRtspServer Server) Pair(string url, RtspClientOptions? options = null)
    {
        var (clientEnd, serverEnd) = InMemoryConnection.CreatePair();
        var client = new RtspClient(options ?? new RtspClientOptions { Url = url }, XunitLoggerProvider.Factory(output, LogLevel.Debug), _time, _ => ValueTask.FromResult<DuplexConnection>(clientEnd));
        return (client, new ScriptedRtspServer(serverEnd));
    }
}
