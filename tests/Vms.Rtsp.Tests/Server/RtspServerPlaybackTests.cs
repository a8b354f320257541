using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

public sealed class RtspServerPlaybackTests(ITestOutputHelper output)
{
    private const string Tcp = "RTP/AVP/TCP;unicast";

    [Fact]
    public async Task Describe_Playback_AnnouncesTheRangeAndDisposesTheSourceMadeForIt()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var made = new List<FakePlaybackSource>();
        h.Resolver.Playback["rec/cam1"] = () => Add(made, new FakePlaybackSource());
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Describe, "/rec/cam1").WithTimeout();
        Assert.Equal(200, response.StatusCode);
        Assert.Contains("a=range:clock=20260701T080000Z-20260701T080010Z", response.BodyText, StringComparison.Ordinal);
        Assert.True(Assert.Single(made).Disposed);
    }

    [Fact]
    public async Task Describe_ResolverRefusesWith400_Answers400WithTheReasonAsBody()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.Resolver.Playback["rec/cam1"] = () => throw new RtspPlaybackException("start='garbage' is not a UTC ISO-8601 instant", 400);
        await using var c = h.Connect();

        var response = await c.RequestAsync(RtspMethod.Describe, "/rec/cam1").WithTimeout();

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("Bad Request", response.ReasonPhrase);
        Assert.StartsWith("text/plain", response.Headers.Get(RtspHeaderNames.ContentType), StringComparison.Ordinal);
        Assert.Equal("start='garbage' is not a UTC ISO-8601 instant", response.BodyText);
        var unknown = await c.RequestAsync(RtspMethod.Describe, "/rec/nope").WithTimeout();
        Assert.Equal(404, unknown.StatusCode);
    }

    [Fact]
    public async Task Play_NptRange_SeeksToTheKeyframeBeforeAndPacesInRealTime()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new FakePlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        var play = await c.RequestAsync(RtspMethod.Play, "/rec", (RtspHeaderNames.Range, "npt=3.5-")).WithTimeout();
        Assert.Equal(200, play.StatusCode);
        Assert.True(RangeHeader.TryParse(play.Headers.Get(RtspHeaderNames.Range), out var range));
        Assert.Equal(TimeSpan.FromSeconds(3), range.Start);
        Assert.Equal(TimeSpan.FromSeconds(3.5), Assert.Single(source.Seeks).Npt);
        Assert.True(RtpInfoHeader.TryParse(play.Headers.Get(RtspHeaderNames.RtpInfo), out var rtpInfo));

        // the keyframe at 3 s is due at once; the next frame 1/12 s later
        var first = await c.ReadInterleavedAsync(3).WithTimeout();
        Assert.Equal([7, 8, 5], first.Select(f => RecordingViewer.NalType(f.Payload)).ToArray());
        Assert.Equal(rtpInfo.Entries[0].Sequence, RecordingViewer.Sequence(first[0].Payload));
        Assert.Equal(rtpInfo.Entries[0].RtpTime, RecordingViewer.RtpTime(first[0].Payload));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await c.ReadInterleavedAsync(11).WithTimeout();
        Assert.All(second, f => Assert.Equal(1, RecordingViewer.NalType(f.Payload)));
        Assert.Equal(7500u, RecordingViewer.RtpTime(second[0].Payload) - RecordingViewer.RtpTime(first[2].Payload));
    }

    [Fact]
    public async Task Play_ClockRange_SeeksByUtcAndAnswersInClockUnits()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new FakePlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        var play = await c.RequestAsync(RtspMethod.Play, "/rec", (RtspHeaderNames.Range, "clock=20260701T080005Z-")).WithTimeout();
        Assert.Equal(FakePlaybackSource.Start.AddSeconds(5), Assert.Single(source.Seeks).Clock);
        Assert.Equal("clock=20260701T080005Z-20260701T080010Z", play.Headers.Get(RtspHeaderNames.Range));
    }

    [Fact]
    public async Task Play_RangeOutsideTheRecording_Returns457()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.Resolver.Playback["rec"] = () => new FakePlaybackSource();
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        Assert.Equal(457, (await c.RequestAsync(RtspMethod.Play, "/rec", (RtspHeaderNames.Range, "npt=60-")).WithTimeout()).StatusCode);
        Assert.Equal(457, (await c.RequestAsync(RtspMethod.Play, "/rec", (RtspHeaderNames.Range, "bananas")).WithTimeout()).StatusCode);
    }

    [Fact]
    public async Task Pause_ThenPlayWithoutRange_ResumesWhereItStoppedWithoutSeeking()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new FakePlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/rec").WithTimeout();
        var before = await c.ReadInterleavedAsync(3).WithTimeout();
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Pause, "/rec").WithTimeout()).StatusCode);
        h.Time.Advance(TimeSpan.FromSeconds(30)); // nothing is sent while paused

        var resume = await c.RequestAsync(RtspMethod.Play, "/rec").WithTimeout();
        Assert.Equal(200, resume.StatusCode);
        Assert.Single(source.Seeks); // only the first PLAY positioned the source
        h.Time.Advance(TimeSpan.FromMilliseconds(200));
        var after = await c.ReadInterleavedAsync(1).WithTimeout();
        Assert.Equal(RecordingViewer.Sequence(before[^1].Payload) + 1, RecordingViewer.Sequence(after[0].Payload));
    }

    [Fact]
    public async Task Play_Scale2_IsEchoedAndDeliversTwiceAsFast()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new FakePlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        var play = await c.RequestAsync(RtspMethod.Play, "/rec", (RtspHeaderNames.Scale, "2")).WithTimeout();
        Assert.True(ScaleHeader.TryParse(play.Headers.Get(RtspHeaderNames.Scale), out var scale));
        Assert.Equal(2.0, scale);
        Assert.Equal(2.0, Assert.Single(source.Seeks).Scale);
        await c.ReadInterleavedAsync(3).WithTimeout();
        h.Time.Advance(TimeSpan.FromSeconds(0.5)); // 1 s of media at 2x
        Assert.Equal(11, (await c.ReadInterleavedAsync(11).WithTimeout()).Count);
    }

    [Fact]
    public async Task Play_ToTheEnd_SendsByeAndTeardownDisposesTheSource()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new FakePlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/rec", (RtspHeaderNames.Range, "npt=9-")).WithTimeout();
        for (var i = 0; i < 12; i++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(0.25));
        }

        TestFrame? bye = null;
        for (var i = 0; i < 100 && bye is null; i++)
        {
            var frame = (await c.ReadInterleavedAsync(1).WithTimeout())[0];
            if (frame.Channel == 1 && Vms.Rtsp.Rtcp.RtcpCompoundPacket.TryParse(frame.Payload, out var compound, out _) &&
                compound.Packets.Any(p => p is Vms.Rtsp.Rtcp.RtcpGoodbye))
            {
                bye = frame;
            }
        }

        Assert.NotNull(bye);
        var ended = h.NextSessionEnd();
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Teardown, "/rec").WithTimeout()).StatusCode);
        Assert.Equal("TEARDOWN", await ended.WithTimeout());
        Assert.True(source.Disposed);
    }

    private static FakePlaybackSource Add(List<FakePlaybackSource> list, FakePlaybackSource source)
    {
        list.Add(source);
        return source;
    }
}
