using Vms.Rtsp.Messages;
using Vms.Rtsp.Rtp;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

/// <summary>ONVIF replay (ONVIF Streaming Specification, "Playback") on playback paths.</summary>
public sealed class RtspServerReplayTests(ITestOutputHelper output)
{
    private const string Tcp = "RTP/AVP/TCP;unicast;interleaved=0-1";
    private static readonly (string, string) Replay = (RtspHeaderNames.Require, "onvif-replay");

    [Fact]
    public async Task RequireOnvifReplay_OnLivePath_Returns551AndOnPlaybackPath200()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam", TestMedia.Video());
        h.Resolver.Playback["rec"] = () => new ReplayPlaybackSource();

        await using (var live = h.Connect())
        {
            var describe = await live.RequestAsync(RtspMethod.Describe, "/cam", Replay).WithTimeout();
            Assert.Equal(551, describe.StatusCode);
            Assert.Equal("onvif-replay", describe.Headers.Get(RtspHeaderNames.Unsupported));
            var setup = await live.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
            Assert.Equal(551, setup.StatusCode);
            Assert.Equal("onvif-replay", setup.Headers.Get(RtspHeaderNames.Unsupported));

            // a live session set up without it refuses a PLAY that requires it, and still plays without it
            live.ForgetSession();
            Assert.Equal(200, (await live.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout()).StatusCode);
            var play = await live.RequestAsync(RtspMethod.Play, "/cam", Replay);
            Assert.Equal(551, play.StatusCode);
            Assert.Equal("onvif-replay", play.Headers.Get(RtspHeaderNames.Unsupported));
            Assert.Equal(200, (await live.RequestAsync(RtspMethod.Play, "/cam").WithTimeout()).StatusCode);
        }

        await using var c = h.Connect();
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Describe, "/rec", Replay).WithTimeout()).StatusCode);
        var replaySetup = await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
        Assert.Equal(200, replaySetup.StatusCode);
        Assert.Null(replaySetup.Headers.Get(RtspHeaderNames.Unsupported));
        var replayPlay = await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (RtspHeaderNames.Range, "clock=20260701T080002Z-")).WithTimeout();
        Assert.Equal(200, replayPlay.StatusCode);
        Assert.Equal("clock=20260701T080002Z-20260701T080010Z", replayPlay.Headers.Get(RtspHeaderNames.Range));
        Assert.Equal("yes", replayPlay.Headers.Get(RtspHeaderNames.RateControl));
        Assert.Equal("all", replayPlay.Headers.Get(RtspHeaderNames.Frames));
    }

    [Fact]
    public async Task Require_UnknownTagBesideOnvifReplay_Returns551ListingOnlyTheUnknownTag()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.Resolver.Playback["rec"] = () => new ReplayPlaybackSource();
        await using var c = h.Connect();
        var setup = await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), (RtspHeaderNames.Require, "onvif-replay, x-other")).WithTimeout();
        Assert.Equal(551, setup.StatusCode);
        Assert.Equal("x-other", setup.Headers.Get(RtspHeaderNames.Unsupported));
        Assert.Equal(0, h.Server.SessionCount);
    }

    [Fact]
    public async Task Play_OnvifReplay_EveryPacketCarriesTheRecordedTimeTheCleanPointFlagAndThePlayCSeq()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new ReplayPlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
        var play = await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (RtspHeaderNames.CSeq, "1234")).WithTimeout();
        Assert.Equal(200, play.StatusCode);

        // real-time pacing: two seconds of media arrive over two seconds of the clock
        var packets = new List<ReplayPacket>();
        for (var i = 0; i < 8; i++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(0.25));
        }

        packets.AddRange(await ReadRtpAsync(c, 3 + 11 + 3 + 10)); // keyframe (SPS, PPS, IDR) + 11 P + keyframe + 10 P
        Assert.All(packets, p => Assert.Equal(1234 & 0xFF, p.Extension.CSeq));
        Assert.All(packets, p => Assert.False(p.Extension.EndOfSection || p.Extension.Discontinuity || p.Extension.Terminal));

        // one access unit per RTP timestamp: all its packets carry its recorded time; C on the first packet of keyframes only
        var units = packets.GroupBy(p => p.Rtp.Timestamp).ToList();
        Assert.Equal(23, units.Count);
        for (var n = 0; n < units.Count; n++)
        {
            var unit = units[n].ToList();
            Assert.All(unit, p => Assert.Equal(source.WallClock(n), p.Extension.Time));
            Assert.Equal(n % 12 == 0, unit[0].Extension.CleanPoint);
            Assert.All(unit.Skip(1), p => Assert.False(p.Extension.CleanPoint));
        }
    }

    [Fact]
    public async Task Play_WithoutRequire_SendsPacketsWithoutAnyHeaderExtension()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.Resolver.Playback["rec"] = () => new ReplayPlaybackSource();
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        var play = await c.RequestAsync(RtspMethod.Play, "/rec", (RtspHeaderNames.RateControl, "no")).WithTimeout();
        Assert.Null(play.Headers.Get(RtspHeaderNames.RateControl));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var frames = await c.ReadInterleavedAsync(10).WithTimeout();
        Assert.All(frames.Where(f => f.IsRtp), f => Assert.Equal(0x80, f.Payload[0]));
    }

    [Fact]
    public async Task Play_RateControlNo_SendsTheWholeRecordingWithoutWaitingAndFlagsTheLastUnitEndAndTerminal()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new ReplayPlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
        var play = await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (RtspHeaderNames.RateControl, "no"), (RtspHeaderNames.Range, "clock=20260701T080000Z-")).WithTimeout();
        Assert.Equal("no", play.Headers.Get(RtspHeaderNames.RateControl));

        // the clock never moves: 10 s of recording arrive at once, with no RTCP (its times would mean nothing)
        var packets = await ReadUntilTerminalAsync(c);
        var units = packets.GroupBy(p => p.Rtp.Timestamp).Select(g => g.ToList()).ToList();
        Assert.Equal(ReplayPlaybackSource.Frames, units.Count);
        Assert.Equal(source.WallClock(ReplayPlaybackSource.Frames - 1), units[^1][0].Extension.Time);
        var last = packets[^1].Extension;
        Assert.True(last.EndOfSection && last.Terminal);
        Assert.Single(packets, p => p.Extension.Terminal || p.Extension.EndOfSection);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Play_RecordingWithAGap_FlagsTheLastUnitBeforeItEAndTheFirstAfterItD(bool markedBySource)
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new ReplayPlaybackSource(withGap: true, markGap: markedBySource);
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (RtspHeaderNames.RateControl, "no")).WithTimeout();

        var units = (await ReadUntilTerminalAsync(c)).GroupBy(p => p.Rtp.Timestamp).Select(g => g.ToList()).ToList();
        Assert.Equal(ReplayPlaybackSource.Frames, units.Count);
        var gap = ReplayPlaybackSource.GapAfter;
        Assert.True(units[gap][^1].Extension.EndOfSection);
        Assert.True(units[gap + 1][0].Extension.Discontinuity);
        Assert.True(units[gap + 1][0].Extension.CleanPoint);
        Assert.Equal(source.WallClock(gap + 1), units[gap + 1][0].Extension.Time);

        // nowhere else
        var flagged = units.SelectMany(u => u).Where(p => p.Extension.EndOfSection || p.Extension.Discontinuity).Select(p => p.Extension.Time).ToList();
        Assert.Equal([source.WallClock(gap), source.WallClock(gap + 1), source.WallClock(ReplayPlaybackSource.Frames - 1)], flagged);
    }

    [Fact]
    public async Task Play_ImmediateWhilePlaying_JumpsAtOnceAndMarksTheFirstPacketDWithTheNewCSeq()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new ReplayPlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (RtspHeaderNames.CSeq, "20")).WithTimeout();
        h.Time.Advance(TimeSpan.FromSeconds(0.5));
        var before = await ReadRtpAsync(c, 3 + 5);
        Assert.All(before, p => Assert.Equal(20, p.Extension.CSeq));

        // still playing: the jump to 7 s takes effect without waiting for the current play to finish
        var jump = await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (RtspHeaderNames.CSeq, "21"), (RtspHeaderNames.Immediate, "yes"), (RtspHeaderNames.Range, "clock=20260701T080007.500Z-")).WithTimeout();
        Assert.Equal(200, jump.StatusCode);
        Assert.Equal("clock=20260701T080007Z-20260701T080010Z", jump.Headers.Get(RtspHeaderNames.Range));
        h.Time.Advance(TimeSpan.FromSeconds(0.5));
        var after = await ReadRtpAfterAsync(c, p => p.Extension.CSeq == 21, 3);
        Assert.Equal(source.WallClock(84), after[0].Extension.Time);
        Assert.True(after[0].Extension.Discontinuity);
        Assert.True(after[0].Extension.CleanPoint);
        Assert.All(after.Skip(1), p => Assert.False(p.Extension.Discontinuity));
    }

    [Fact]
    public async Task Play_FramesIntra_SendsKeyframesOnly()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new ReplayPlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
        var play = await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (RtspHeaderNames.RateControl, "no"), (RtspHeaderNames.Frames, "intra/2000")).WithTimeout();
        Assert.Equal("intra/2000", play.Headers.Get(RtspHeaderNames.Frames));

        var units = (await ReadUntilTerminalAsync(c)).GroupBy(p => p.Rtp.Timestamp).Select(g => g.ToList()).ToList();
        // keyframes at 0, 2, 4, 6, 8 s: at least 2 s of recording apart
        Assert.Equal([0, 2, 4, 6, 8], units.Select(u => (int)(u[0].Extension.Time!.Value - ReplayPlaybackSource.Start).TotalSeconds).ToArray());
        Assert.All(units, u => Assert.True(u[0].Extension.CleanPoint));
        Assert.All(units, u => Assert.Equal(5, H264Type(u[^1])));
    }

    [Fact]
    public async Task Play_ClockRangeWithAnEnd_StopsAtTheEndWithTerminalButNotEnd()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var source = new ReplayPlaybackSource();
        h.Resolver.Playback["rec"] = () => source;
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
        var play = await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (RtspHeaderNames.RateControl, "no"), (RtspHeaderNames.Range, "clock=20260701T080003Z-20260701T080005Z")).WithTimeout();
        Assert.Equal("clock=20260701T080003Z-20260701T080005Z", play.Headers.Get(RtspHeaderNames.Range));

        var packets = await ReadUntilTerminalAsync(c);
        var times = packets.Select(p => p.Extension.Time!.Value).Distinct().ToList();
        Assert.Equal(source.WallClock(36), times[0]);
        Assert.Equal(source.WallClock(60), times[^1]); // recorded at 5 s exactly: inside the range
        Assert.Equal(25, times.Count);
        Assert.False(packets[^1].Extension.EndOfSection); // the footage goes on: the range ended, not the recording
    }

    [Fact]
    public async Task Play_RateControlNoToASlowReader_WaitsForTheTransportInsteadOfOverflowingTheViewerQueue()
    {
        // 120 KB of pictures against a 16 KiB viewer queue and a 4 KiB connection pipe: only flow control gets them through
        var smallPipe = new System.IO.Pipelines.PipeOptions(pauseWriterThreshold: 4096, resumeWriterThreshold: 2048, useSynchronizationContext: false);
        var options = new RtspServerOptions { ViewerQueueBytes = 16 * 1024, ViewerQueuePackets = 64 };
        await using var h = await ServerHarness.StartAsync(output, options, toClient: smallPipe);
        h.Resolver.Playback["rec"] = () => new ReplayPlaybackSource(frameSize: 1000);
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (RtspHeaderNames.RateControl, "no")).WithTimeout();

        var packets = new List<ReplayPacket>();
        for (var guard = 0; guard < 10_000 && (packets.Count == 0 || !packets[^1].Extension.Terminal); guard++)
        {
            h.Time.Advance(TimeSpan.FromMilliseconds(20)); // the pump tops the backlog up at each tick
            var frame = await c.ReadFrameAsync().WithTimeout();
            Assert.NotNull(frame);
            if (frame.IsRtp)
            {
                packets.Add(ReplayPacket.Parse(frame.Payload));
            }
        }

        Assert.Equal(ReplayPlaybackSource.Frames, packets.Select(p => p.Rtp.Timestamp).Distinct().Count());
        Assert.Equal(1, h.Server.SessionCount); // never dropped
    }

    [Theory]
    [InlineData(RtspHeaderNames.RateControl, "maybe")]
    [InlineData(RtspHeaderNames.Frames, "some")]
    [InlineData(RtspHeaderNames.Immediate, "now")]
    public async Task Play_UnreadableReplayHeader_Returns400(string name, string value)
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.Resolver.Playback["rec"] = () => new ReplayPlaybackSource();
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/rec/trackID=0", (RtspHeaderNames.Transport, Tcp), Replay).WithTimeout();
        Assert.Equal(400, (await c.RequestAsync(RtspMethod.Play, "/rec", Replay, (name, value)).WithTimeout()).StatusCode);
    }

    private static int H264Type(ReplayPacket packet) => packet.Rtp.Payload.Span[0] & 0x1F;

    private static async Task<List<ReplayPacket>> ReadRtpAsync(RtspTestClient c, int count)
    {
        var packets = new List<ReplayPacket>();
        while (packets.Count < count)
        {
            foreach (var frame in await c.ReadInterleavedAsync(1).WithTimeout())
            {
                if (frame.IsRtp)
                {
                    packets.Add(ReplayPacket.Parse(frame.Payload));
                }
            }
        }

        return packets;
    }

    private static async Task<List<ReplayPacket>> ReadRtpAfterAsync(RtspTestClient c, Func<ReplayPacket, bool> start, int count)
    {
        var packets = new List<ReplayPacket>();
        for (var guard = 0; guard < 10_000 && packets.Count < count; guard++)
        {
            var packet = (await ReadRtpAsync(c, 1))[0];
            if (packets.Count > 0 || start(packet))
            {
                packets.Add(packet);
            }
        }

        return packets;
    }

    /// <summary>Reads RTP until a packet with the T flag (RTCP on the interleaved channel fails the test: none is sent without rate control).</summary>
    private static async Task<List<ReplayPacket>> ReadUntilTerminalAsync(RtspTestClient c)
    {
        var packets = new List<ReplayPacket>();
        for (var guard = 0; guard < 10_000; guard++)
        {
            var frame = (await c.ReadInterleavedAsync(1).WithTimeout())[0];
            Assert.True(frame.IsRtp, "no RTCP is sent without rate control");
            var packet = ReplayPacket.Parse(frame.Payload);
            packets.Add(packet);
            if (packet.Extension.Terminal)
            {
                return packets;
            }
        }

        throw new InvalidOperationException("no terminal packet");
    }

    private sealed record ReplayPacket(RtpPacket Rtp, OnvifReplayExtension Extension)
    {
        public static ReplayPacket Parse(byte[] data)
        {
            Assert.True(RtpPacket.TryParse(data, out var rtp));
            Assert.True(OnvifReplayExtension.TryRead(rtp, out var extension), "every packet of a replay carries the extension");
            return new ReplayPacket(rtp, extension);
        }
    }
}
