using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

public sealed class RtspServerPlayTests(ITestOutputHelper output)
{
    private const string Tcp = "RTP/AVP/TCP;unicast";

    [Fact]
    public async Task Play_Live_ResponsePrecedesMediaAndFirstPacketIsTheCachedKeyframeWithParameterSets()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp + ";interleaved=0-1")).WithTimeout();
        await c.SendAsync(c.NewRequest(RtspMethod.Play, c.BaseUrl + "/cam/", (RtspHeaderNames.Session, c.Session!)));

        var first = await c.ReadFrameAsync().WithTimeout();
        Assert.NotNull(first!.Response);
        Assert.Equal(200, first.Response.StatusCode);
        Assert.True(RtpInfoHeader.TryParse(first.Response.Headers.Get(RtspHeaderNames.RtpInfo), out var rtpInfo));
        var entry = Assert.Single(rtpInfo.Entries);
        Assert.Equal(c.BaseUrl + "/cam/trackID=0", entry.Url);
        Assert.True(RangeHeader.TryParse(first.Response.Headers.Get(RtspHeaderNames.Range), out var range));
        Assert.Equal(TimeSpan.Zero, range.Start);

        var media = await c.ReadInterleavedAsync(5).WithTimeout();
        Assert.All(media, f => Assert.Equal(0, f.Channel));
        Assert.Equal([7, 8, 5, 1, 1], media.Select(f => RecordingViewer.NalType(f.Payload)).ToArray());
        Assert.Equal(entry.Sequence, RecordingViewer.Sequence(media[0].Payload));
        Assert.Equal(entry.RtpTime, RecordingViewer.RtpTime(media[0].Payload));
    }

    [Fact]
    public async Task Play_Live_LiveUnitsFollowTheCachedGop()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        await c.ReadInterleavedAsync(5).WithTimeout();
        stream.Push(0, TestMedia.P(22500));
        var next = Assert.Single(await c.ReadInterleavedAsync(1).WithTimeout());
        Assert.Equal(1, RecordingViewer.NalType(next.Payload));
        Assert.Equal(1, stream.ViewerCount);
    }

    [Fact]
    public async Task Play_TwoViewers_BothGetEveryPacketOfOneSource()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var a = h.Connect();
        await using var b = h.Connect();
        foreach (var c in new[] { a, b })
        {
            await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
            await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        }

        for (var i = 3; i < 20; i++)
        {
            stream.Push(0, TestMedia.P(i * 7500));
        }

        var fa = await a.ReadInterleavedAsync(5 + 17).WithTimeout();
        var fb = await b.ReadInterleavedAsync(5 + 17).WithTimeout();
        Assert.Equal(fa.Select(f => RecordingViewer.Sequence(f.Payload)), fb.Select(f => RecordingViewer.Sequence(f.Payload)));
        Assert.Equal(2, stream.ViewerCount);
    }

    [Fact]
    public async Task Pause_ThenPlay_StopsMediaThenResumesAtTheNextKeyframe()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        await c.ReadInterleavedAsync(5).WithTimeout();

        var pause = await c.RequestAsync(RtspMethod.Pause, "/cam").WithTimeout();
        Assert.Equal(200, pause.StatusCode);
        Assert.Equal(0, stream.ViewerCount);
        stream.Push(0, TestMedia.P(30000));

        var play = await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        Assert.Equal(200, play.StatusCode);
        stream.Push(0, TestMedia.P(37500)); // not sent: the viewer waits for a keyframe
        stream.Push(0, TestMedia.Idr(45000));
        var media = await c.ReadInterleavedAsync(3).WithTimeout();
        Assert.Equal([7, 8, 5], media.Select(f => RecordingViewer.NalType(f.Payload)).ToArray());
    }

    [Fact]
    public async Task Play_WhilePlaying_Is200AndChangesNothing()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout()).StatusCode);
        Assert.Equal(1, stream.ViewerCount);
    }

    [Fact]
    public async Task Setup_NewTrackWhilePlaying_Returns455()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam", TestMedia.Video(), TestMedia.Audio());
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        var response = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=1", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        Assert.Equal(455, response.StatusCode);
    }

    [Fact]
    public async Task Teardown_EndsTheSessionAndLaterRequestsGet454()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Teardown, "/cam").WithTimeout()).StatusCode);
        Assert.Equal(454, (await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout()).StatusCode);
        Assert.Equal(0, stream.ViewerCount);
        Assert.Equal(0, h.Server.SessionCount);

        // the connection stays usable for a new session
        c.ForgetSession();
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout()).StatusCode);
    }

    [Fact]
    public async Task ClientDisconnect_EndsItsInterleavedSession()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        var ended = h.NextSessionEnd();
        await c.DisposeAsync();
        Assert.Equal("connection closed", await ended.WithTimeout());
        Assert.Equal(0, h.Server.SessionCount);
        Assert.Equal(0, stream.ViewerCount);
    }

    [Fact]
    public async Task StreamComplete_ViewerGetsByeAndTheConnectionCloses()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        var ended = h.NextSessionEnd();
        stream.Complete("camera gone");
        var frames = await c.ReadUntilClosedAsync().WithTimeout();
        var rtcp = frames.Last(f => f.Channel == 1).Payload;
        Assert.True(Vms.Rtsp.Rtcp.RtcpCompoundPacket.TryParse(rtcp, out var compound, out _));
        Assert.Contains(compound.Packets, p => p is Vms.Rtsp.Rtcp.RtcpGoodbye);
        Assert.Equal("camera gone", await ended.WithTimeout());
    }
}
