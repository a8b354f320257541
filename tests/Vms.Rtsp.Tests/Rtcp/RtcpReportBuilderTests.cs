using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Rtcp;

public class RtcpReportBuilderTests
{
    [Fact]
    public void CreateReportBlock_FromTrackerAndSenderReport_FillsEveryField()
    {
        var tracker = new RtpSequenceTracker(90_000);
        for (var i = 0; i < 200; i++)
        {
            if (i is not (50 or 51))
            {
                tracker.Update((ushort)(65_500 + i), out _);
            }
        }

        var srTime = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);
        var sr = new RtcpSenderReportReceipt(9, NtpTimestamp.FromDateTime(srTime), 1234, srTime.AddMilliseconds(20));
        var now = srTime.AddMilliseconds(20 + 1500);

        var block = RtcpReceiverReportBuilder.CreateReportBlock(9, tracker, sr, now);

        Assert.Equal(9u, block.Ssrc);
        Assert.Equal(2, block.CumulativeLost);
        Assert.Equal((byte)(2 * 256 / 200), block.FractionLost);
        Assert.Equal((uint)(65_500 + 199), block.ExtendedHighestSequence);
        Assert.Equal(NtpTimestamp.FromDateTime(srTime).Middle32, block.LastSenderReport);
        Assert.Equal((uint)(1.5 * 65536), block.DelaySinceLastSenderReport);

        // the next report covers only the new interval
        tracker.Update(unchecked((ushort)(65_500 + 200)), out _);
        Assert.Equal(0, RtcpReceiverReportBuilder.CreateReportBlock(9, tracker, null, now).FractionLost);
    }

    [Fact]
    public void Build_ReceiverCompound_RrThenSdesRoundTrips()
    {
        var builder = new RtcpReceiverReportBuilder(0xABCD, "vms@host");
        var block = new RtcpReportBlock(1, 0, -3, 10, 4, 0, 0);

        var compound = builder.Build([block]);
        var bytes = new byte[compound.GetLength()];
        compound.Write(bytes);

        Assert.True(RtcpCompoundPacket.TryParse(bytes, out var parsed, out _));
        var rr = Assert.IsType<RtcpReceiverReport>(parsed.Packets[0]);
        Assert.Equal(0xABCDu, rr.Ssrc);
        Assert.Equal(-3, rr.ReportBlocks[0].CumulativeLost);
        Assert.Equal("vms@host", Assert.IsType<RtcpSourceDescription>(parsed.Packets[1]).Chunks[0].CanonicalName);
    }

    [Fact]
    public void CreateReportBlock_HugeLoss_ClampedTo24Bits()
    {
        var stats = new RtpReceptionStatistics(0, 20_000_000, 1, 19_999_999, 255, 0);
        Assert.Equal(RtcpReportBlock.MaxCumulativeLost, RtcpReceiverReportBuilder.CreateReportBlock(1, stats, null, DateTimeOffset.UnixEpoch).CumulativeLost);
    }

    [Fact]
    public void BuildSenderReport_PairExtrapolatedFromLastAccessUnit()
    {
        var clock = new ManualTimeProvider();
        var builder = new RtcpSenderReportBuilder(0x1234, "cam", 90_000, clock);
        var capture = clock.GetUtcNow().AddMilliseconds(-200); // the AU was captured 200 ms before it was sent
        builder.OnAccessUnitSent(uint.MaxValue - 9_000, capture);
        builder.OnPacketsSent(3, 3000);
        builder.OnPacketSent(500);
        clock.Advance(TimeSpan.FromMilliseconds(800));

        var sr = builder.BuildSenderReport();

        Assert.Equal(capture.AddMilliseconds(800), sr.NtpTimestamp.ToDateTime()); // the capture clock, 800 ms after sending
        Assert.Equal(unchecked(uint.MaxValue - 9_000 + 72_000), sr.RtpTimestamp); // the same 800 ms, wrapped
        Assert.Equal((4u, 3500u), (sr.PacketCount, sr.OctetCount));

        // a receiver mapping with this SR recovers the capture time
        var mapper = new WallClockMapper(90_000);
        mapper.OnSenderReport(sr, clock.GetUtcNow());
        Assert.True(mapper.TryMap(uint.MaxValue - 9_000, out var wall));
        Assert.Equal(capture, wall);
    }

    [Fact]
    public void BuildSenderReport_RecordedAccessUnitDaysOld_StillMapsExactly()
    {
        var clock = new ManualTimeProvider();
        var builder = new RtcpSenderReportBuilder(1, "playback", 90_000, clock);
        var recorded = clock.GetUtcNow().AddDays(-20); // playback of a recording: its own times, far from now
        builder.OnAccessUnitSent(123_456, recorded);
        clock.Advance(TimeSpan.FromSeconds(3));

        var mapper = new WallClockMapper(90_000);
        mapper.OnSenderReport(builder.BuildSenderReport(), clock.GetUtcNow());

        Assert.True(mapper.TryMap(123_456 + 45_000, out var wall));
        Assert.Equal(recorded.AddSeconds(0.5), wall);
    }

    [Fact]
    public void BuildSenderReport_NothingSentYet_NtpIsNow()
    {
        var clock = new ManualTimeProvider();
        var sr = new RtcpSenderReportBuilder(1, "x", 8000, clock).BuildSenderReport();
        Assert.Equal(clock.GetUtcNow(), sr.NtpTimestamp.ToDateTime());
    }

    [Fact]
    public void BuildGoodbye_EndsWithBye()
    {
        var builder = new RtcpSenderReportBuilder(5, "cam", 8000, new ManualTimeProvider());
        var compound = builder.BuildGoodbye("teardown");
        var bytes = new byte[compound.GetLength()];
        compound.Write(bytes);

        Assert.True(RtcpCompoundPacket.TryParse(bytes, out var parsed, out _));
        Assert.Equal("teardown", Assert.IsType<RtcpGoodbye>(parsed.Packets[2]).Reason);
        Assert.False(builder.HasSent);
    }
}
