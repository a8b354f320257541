using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Server;

public sealed class RtspStreamTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void Attach_WithCachedGop_FirstPacketsAreParameterSetsThenIdr()
    {
        var stream = NewStream(TestMedia.Video());
        stream.Push(0, TestMedia.P(0)); // before any keyframe: not cached
        stream.Push(0, TestMedia.Idr(3000));
        stream.Push(0, TestMedia.P(6000));
        stream.Push(0, TestMedia.P(9000));

        var viewer = new RecordingViewer("v1");
        TrackStart[]? starts = null;
        Assert.True(stream.Attach(viewer, s => starts = s));

        var types = viewer.Received.Select(r => RecordingViewer.NalType(r.Packet)).ToArray();
        Assert.Equal([7, 8, 5, 1, 1], types);
        Assert.NotNull(starts);
        Assert.Equal(RecordingViewer.Sequence(viewer.Received[0].Packet), starts[0].Sequence);
        Assert.Equal(RecordingViewer.RtpTime(viewer.Received[0].Packet), starts[0].RtpTime);
    }

    [Fact]
    public void Attach_SourceSilentLongerThanTheCacheAge_ViewerWaitsForTheNextKeyframe()
    {
        var stream = NewStream(TestMedia.Video());
        stream.Push(0, TestMedia.Idr(0));
        stream.Push(0, TestMedia.P(7500));
        _time.Advance(TimeSpan.FromSeconds(5));
        var fresh = new RecordingViewer("fresh");
        stream.Attach(fresh, _ => { });
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var late = new RecordingViewer("late");
        TrackStart[]? starts = null;
        stream.Attach(late, s => starts = s);

        Assert.Equal([7, 8, 5, 1], fresh.Received.Select(r => RecordingViewer.NalType(r.Packet)));
        Assert.Null(starts![0].Sequence);
        Assert.Empty(late.Received);
        stream.Push(0, TestMedia.P(15000));
        Assert.Empty(late.Received);
        stream.Push(0, TestMedia.Idr(22500));
        Assert.Equal([7, 8, 5], late.Received.Select(r => RecordingViewer.NalType(r.Packet)));
    }

    [Fact]
    public void Push_AfterAttach_ViewerGetsLivePacketsWithContinuousSequenceAndTimestamps()
    {
        var stream = NewStream(TestMedia.Video());
        stream.Push(0, TestMedia.Idr(0));
        var viewer = new RecordingViewer("v1");
        stream.Attach(viewer, _ => { });
        stream.Push(0, TestMedia.P(7500));
        stream.Push(0, TestMedia.Idr(15000));

        var seqs = viewer.Received.Select(r => (int)RecordingViewer.Sequence(r.Packet)).ToArray();
        Assert.Equal(Enumerable.Range(seqs[0], seqs.Length), seqs);
        var times = viewer.Received.Select(r => RecordingViewer.RtpTime(r.Packet)).Distinct().ToArray();
        Assert.Equal(3, times.Length);
        Assert.Equal(7500u, unchecked(times[1] - times[0]));
        Assert.Equal(7500u, unchecked(times[2] - times[1]));
    }

    [Fact]
    public void Attach_BeforeAnyKeyframe_ViewerWaitsForTheKeyframeAndSkipsAudioUntilThen()
    {
        var stream = NewStream(TestMedia.Video(), TestMedia.Audio());
        stream.Push(0, TestMedia.P(0));
        var viewer = new RecordingViewer("v1");
        TrackStart[]? starts = null;
        stream.Attach(viewer, s => starts = s);
        Assert.Null(starts![0].Sequence);
        stream.Push(0, TestMedia.P(3000));
        stream.Push(1, TestMedia.AudioFrame(800));
        Assert.Empty(viewer.Received);

        stream.Push(0, TestMedia.Idr(6000));
        stream.Push(1, TestMedia.AudioFrame(1600));
        Assert.Equal(7, RecordingViewer.NalType(viewer.Received[0].Packet));
        Assert.Equal([0, 0, 0, 1], viewer.Received.Select(r => r.Track).ToArray());
    }

    [Fact]
    public void Push_IdrWithoutParameterSets_TrackParametersArePrepended()
    {
        var stream = NewStream(TestMedia.Video());
        var viewer = new RecordingViewer("v1");
        stream.Attach(viewer, _ => { });
        stream.Push(0, TestMedia.Idr(0));
        Assert.Equal([7, 8, 5], viewer.Received.Select(r => RecordingViewer.NalType(r.Packet)).ToArray());
        Assert.Equal(TestMedia.Sps, viewer.Received[0].Packet[12..]);
    }

    [Fact]
    public void Push_IdrWithNewParameterSets_TracksReportTheNewOnes()
    {
        var stream = NewStream(TestMedia.Video());
        stream.Push(0, TestMedia.IdrWithParameterSets(0, TestMedia.SmallSps));
        var parameters = Assert.IsType<H264Parameters>(stream.Tracks[0].Parameters);
        Assert.Equal(TestMedia.SmallSps, parameters.Sps);
    }

    [Fact]
    public void Push_SlowViewer_IsDroppedAndOthersReceiveEverything()
    {
        var stream = NewStream(TestMedia.Video());
        stream.Push(0, TestMedia.Idr(0));
        var slow = new RecordingViewer("slow", capacity: 10);
        var fast = Enumerable.Range(0, 5).Select(i => new RecordingViewer("fast" + i)).ToArray();
        stream.Attach(slow, _ => { });
        foreach (var v in fast)
        {
            stream.Attach(v, _ => { });
        }

        for (var i = 1; i <= 100; i++)
        {
            stream.Push(0, TestMedia.P(i * 7500));
        }

        Assert.True(slow.Refused);
        Assert.Equal(10, slow.Count);
        Assert.Equal(1, stream.DroppedViewers);
        Assert.Equal(5, stream.ViewerCount);
        Assert.All(fast, v => Assert.Equal(3 + 100, v.Count));
    }

    [Fact]
    public void Push_GopLargerThanTheCache_NewViewersWaitForTheNextKeyframe()
    {
        var stream = new RtspStream([TestMedia.Video()], new RtspStreamOptions { GopCacheMaxPackets = 5 }, _time, NullLogger.Instance, NalPerPacketPacketizer.FactoryOn(_time));
        stream.Push(0, TestMedia.Idr(0));
        for (var i = 1; i < 10; i++)
        {
            stream.Push(0, TestMedia.P(i * 3000));
        }

        var viewer = new RecordingViewer("v");
        stream.Attach(viewer, _ => { });
        stream.Push(0, TestMedia.P(30000));
        Assert.Empty(viewer.Received);
        stream.Push(0, TestMedia.Idr(33000));
        Assert.Equal(7, RecordingViewer.NalType(viewer.Received[0].Packet));
    }

    [Fact]
    public void Complete_AttachedViewers_AreToldAndLaterPushesIgnored()
    {
        var stream = NewStream(TestMedia.Video());
        stream.Push(0, TestMedia.Idr(0));
        var viewer = new RecordingViewer("v");
        stream.Attach(viewer, _ => { });
        var before = viewer.Count;
        stream.Complete("camera gone");
        stream.Push(0, TestMedia.P(3000));
        Assert.Equal("camera gone", viewer.EndReason);
        Assert.Equal(before + 1, viewer.Count); // the RTCP BYE, then nothing
        Assert.True(viewer.Received[^1].Rtcp);
        Assert.False(stream.Attach(new RecordingViewer("late"), _ => { }));
    }

    [Fact]
    public void Detach_Viewer_ReceivesNothingMore()
    {
        var stream = NewStream(TestMedia.Video());
        stream.Push(0, TestMedia.Idr(0));
        var viewer = new RecordingViewer("v");
        stream.Attach(viewer, _ => { });
        stream.Detach(viewer);
        var before = viewer.Count;
        stream.Push(0, TestMedia.P(3000));
        Assert.Equal(before, viewer.Count);
        Assert.Equal(0, stream.ViewerCount);
    }

    [Fact]
    public void Push_EverySenderReportInterval_ViewersGetAnRtcpSenderReport()
    {
        var stream = NewStream(TestMedia.Video());
        var viewer = new RecordingViewer("v");
        stream.Push(0, TestMedia.Idr(0));
        stream.Attach(viewer, _ => { });
        for (var i = 1; i <= 24; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            stream.Push(0, TestMedia.P(i * 45000));
        }

        var reports = viewer.Received.Where(r => r.Rtcp).ToList();
        Assert.Equal(2, reports.Count); // at 5 s and 10 s
        Assert.True(Vms.Rtsp.Rtcp.RtcpCompoundPacket.TryParse(reports[0].Packet, out var compound, out _));
        var sr = compound.SenderReport!;
        Assert.Equal(stream.Ssrc(0), sr.Ssrc);
        Assert.True(sr.PacketCount > 0);
    }

    private RtspStream NewStream(params MediaTrack[] tracks) =>
        new(tracks, new RtspStreamOptions(), _time, NullLogger.Instance, NalPerPacketPacketizer.FactoryOn(_time));
}
