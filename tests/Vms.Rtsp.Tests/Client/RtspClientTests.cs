using Microsoft.Extensions.Logging;
using Vms.Rtsp.Auth;
using Vms.Rtsp.Client;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;
using Vms.Rtsp.Tests.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Client;

/// <summary>Our client against our server over the in-memory transport (the protocol flows; interop with ffmpeg is proven elsewhere).</summary>
public sealed class RtspClientTests(ITestOutputHelper output)
{
    private const string Password = "pä:ss@w/rd%20";

    [Fact]
    public async Task StartAsync_LiveStream_FirstAccessUnitIsTheKeyframeWithParameterSetsThenLiveUnits()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var client = NewClient(h, new RtspClientOptions { Url = "rtsp://127.0.0.1/cam" });
        await client.StartAsync(CancellationToken.None).WithTimeout();
        Assert.Equal(CodecId.H264, Assert.Single(client.Tracks).Codec);

        var first = await client.Frames.ReadAsync().AsTask().WithTimeout();
        Assert.True(first.Unit.IsKeyframe);
        Assert.Equal([7, 8, 5], first.Unit.NalUnits.Select(n => n.Span[0] & 0x1F).ToArray());
        await client.Frames.ReadAsync().AsTask().WithTimeout(); // the two cached P frames
        await client.Frames.ReadAsync().AsTask().WithTimeout();
        stream.Push(0, TestMedia.P(22500));
        stream.Push(0, TestMedia.P(30000)); // a unit ends when the next timestamp (or the marker) arrives
        var live = await client.Frames.ReadAsync().AsTask().WithTimeout();
        Assert.False(live.Unit.IsKeyframe);
        Assert.Equal(22500 - 15000, live.Unit.Pts - first.Unit.Pts - 15000);
    }

    [Fact]
    public async Task StartAsync_DigestWithSeparateCredentials_SpecialCharactersWork()
    {
        await using var h = await ServerHarness.StartAsync(output, null, Security());
        h.AddLive("cam");
        await using var client = NewClient(h, new RtspClientOptions { Url = "rtsp://127.0.0.1/cam", UserName = "alice", Password = Password });
        await client.StartAsync(CancellationToken.None).WithTimeout();
        Assert.True((await client.Frames.ReadAsync().AsTask().WithTimeout()).Unit.IsKeyframe);
    }

    [Fact]
    public async Task StartAsync_CredentialsInTheUrl_ArePercentDecodedAndLeftOutOfRequests()
    {
        await using var h = await ServerHarness.StartAsync(output, null, Security());
        h.AddLive("cam");
        var url = "rtsp://alice:" + Uri.EscapeDataString(Password) + "@127.0.0.1/cam";
        await using var client = NewClient(h, new RtspClientOptions { Url = url });
        await client.StartAsync(CancellationToken.None).WithTimeout();
        Assert.Equal("rtsp://127.0.0.1/cam", client.Url);
        Assert.Equal("alice", h.Resolver.Requests.First().User);
    }

    [Fact]
    public async Task StartAsync_WrongPassword_ThrowsRefused401AndCompletes()
    {
        await using var h = await ServerHarness.StartAsync(output, null, Security());
        h.AddLive("cam");
        await using var client = NewClient(h, new RtspClientOptions { Url = "rtsp://127.0.0.1/cam", UserName = "alice", Password = "nope" });
        var ex = await Assert.ThrowsAsync<RtspClientException>(() => client.StartAsync(CancellationToken.None).WithTimeout());
        Assert.Equal(401, ex.StatusCode);
        Assert.Equal(RtspClientStopReason.Refused, (await client.Completion.WithTimeout()).Reason);
    }

    [Fact]
    public async Task StartAsync_UnknownPath_ThrowsRefused404()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var client = NewClient(h, new RtspClientOptions { Url = "rtsp://127.0.0.1/nothing" });
        var ex = await Assert.ThrowsAsync<RtspClientException>(() => client.StartAsync(CancellationToken.None).WithTimeout());
        Assert.Equal(404, ex.StatusCode);
    }

    [Fact]
    public async Task Running_KeepAlive_KeepsTheServerSessionBeyondItsTimeout()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var client = NewClient(h, new RtspClientOptions { Url = "rtsp://127.0.0.1/cam", StallTimeout = TimeSpan.FromHours(1) });
        await client.StartAsync(CancellationToken.None).WithTimeout();
        var ended = h.NextSessionEnd();
        for (var i = 0; i < 180; i++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
            await client.KeepAliveTask.WithTimeout(); // let each keep-alive exchange finish before the clock runs on
        }

        Assert.Equal(6, client.KeepAlivesSent); // every 30 s: half the announced 60 s timeout
        Assert.False(ended.IsCompleted);
        Assert.False(client.Completion.IsCompleted);
        Assert.Equal(1, h.Server.SessionCount);
    }

    [Fact]
    public async Task Running_NoMedia_StopsAsStalled()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var client = NewClient(h, new RtspClientOptions { Url = "rtsp://127.0.0.1/cam", StallTimeout = TimeSpan.FromSeconds(5) });
        await client.StartAsync(CancellationToken.None).WithTimeout();
        h.Time.Advance(TimeSpan.FromSeconds(7));
        var result = await client.Completion.WithTimeout();
        Assert.Equal(RtspClientStopReason.Stalled, result.Reason);
    }

    [Fact]
    public async Task Running_ServerEndsTheStream_CompletesAsServerClosedAndFramesComplete()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var client = NewClient(h, new RtspClientOptions { Url = "rtsp://127.0.0.1/cam" });
        await client.StartAsync(CancellationToken.None).WithTimeout();
        stream.Complete("camera gone");
        Assert.Equal(RtspClientStopReason.ServerClosed, (await client.Completion.WithTimeout()).Reason);
        var count = 0;
        await foreach (var unused in client.Frames.ReadAllAsync().WithCancellation(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token))
        {
            count++;
        }

        Assert.True(count >= 1);
    }

    [Fact]
    public async Task DisposeAsync_SendsTeardown()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        var client = NewClient(h, new RtspClientOptions { Url = "rtsp://127.0.0.1/cam" });
        await client.StartAsync(CancellationToken.None).WithTimeout();
        var ended = h.NextSessionEnd();
        await client.DisposeAsync();
        Assert.Equal("TEARDOWN", await ended.WithTimeout());
        Assert.Equal(RtspClientStopReason.Disposed, (await client.Completion).Reason);
    }

    [Fact]
    public async Task Statistics_CountAccessUnitsPerTrack()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var client = NewClient(h, new RtspClientOptions { Url = "rtsp://127.0.0.1/cam" });
        await client.StartAsync(CancellationToken.None).WithTimeout();
        stream.Push(0, TestMedia.P(22500));
        for (var i = 0; i < 3; i++)
        {
            await client.Frames.ReadAsync().AsTask().WithTimeout();
        }

        var stats = Assert.Single(client.GetStatistics());
        Assert.True(stats.AccessUnits >= 3);
        Assert.Equal(0, stats.DroppedAccessUnits);
    }

    private RtspClient NewClient(ServerHarness h, RtspClientOptions options) =>
        new(options, XunitLoggerProvider.Factory(output, LogLevel.Debug), h.Time, _ => ValueTask.FromResult<Vms.Rtsp.Transport.DuplexConnection>(h.Listener.Connect()));

    private static RtspServerSecurity Security() =>
        RtspServerSecurity.Digest((u, _, _) => ValueTask.FromResult(u == "alice" ? DigestCredential.FromPassword(Password) : null));
}
