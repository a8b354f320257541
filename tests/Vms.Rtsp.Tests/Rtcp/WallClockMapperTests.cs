using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;

namespace Vms.Rtsp.Tests.Rtcp;

public class WallClockMapperTests
{
    private static readonly DateTimeOffset Capture = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Map_BeforeSenderReport_UsesArrivalTime()
    {
        var mapper = new WallClockMapper(90_000);
        var arrival = Capture.AddMilliseconds(250);

        var wall = mapper.Map(123, arrival, out var source);

        Assert.Equal(arrival, wall);
        Assert.Equal(WallClockSource.ArrivalTime, source);
    }

    [Theory]
    [InlineData(90_000)]
    [InlineData(8_000)]
    [InlineData(48_000)]
    public void Map_AfterSenderReport_ScalesByClockRate(int clockRate)
    {
        var mapper = new WallClockMapper(clockRate);
        var unwrapper = new TimestampUnwrapper();
        var firstPts = unwrapper.Unwrap(1_000_000);
        mapper.OnSenderReport(Sr(Capture, 1_000_000), Capture.AddSeconds(5));

        var wall = mapper.Map(firstPts + (clockRate * 3L / 2), Capture.AddHours(1), out var source);

        Assert.Equal(WallClockSource.SenderReport, source);
        Assert.Equal(Capture.AddSeconds(1.5), wall);
    }

    [Fact]
    public void Map_AcrossThirtyTwoBitWrap_StaysContinuous()
    {
        var mapper = new WallClockMapper(90_000);
        var unwrapper = new TimestampUnwrapper();
        const uint srRtp = uint.MaxValue - 45_000; // half a second before the wrap
        mapper.OnSenderReport(Sr(Capture, srRtp), Capture);

        var before = mapper.Map(unwrapper.Unwrap(srRtp - 9_000), Capture, out _);
        var after = mapper.Map(unwrapper.Unwrap(unchecked(srRtp + 90_000)), Capture, out _); // wraps past 2³²

        Assert.Equal(Capture.AddSeconds(-0.1), before);
        Assert.Equal(Capture.AddSeconds(1), after);
    }

    [Fact]
    public void Map_SenderReportAfterWrap_PlacedInNearestCycle()
    {
        var mapper = new WallClockMapper(90_000);
        var unwrapper = new TimestampUnwrapper();
        var pts = unwrapper.Unwrap(unchecked((uint)-90_000)); // 1 s before the wrap
        mapper.Map(pts, Capture, out _);

        // the SR arrives with a timestamp already past the wrap (2 s after pts)
        mapper.OnSenderReport(Sr(Capture.AddSeconds(2), 90_000), Capture.AddSeconds(2));

        Assert.Equal(Capture, mapper.Map(pts, Capture, out _));
        Assert.Equal(Capture.AddSeconds(12), mapper.Map(pts + (12 * 90_000), Capture, out _));
    }

    [Fact]
    public void Map_FarFromSenderReport_KeepsSixtyFourBitDistance()
    {
        var mapper = new WallClockMapper(90_000);
        mapper.OnSenderReport(Sr(Capture, 0), Capture);
        mapper.Map(0, Capture, out _);

        // 20 hours later: more than 2³¹ units away, still exact on the unwrapped timeline
        var hours = 20L * 3600 * 90_000;

        Assert.Equal(Capture.AddHours(20), mapper.Map(hours, Capture, out _));
    }

    [Fact]
    public void OnSenderReport_LatestWinsAndZeroNtpIgnored()
    {
        var mapper = new WallClockMapper(90_000);
        mapper.OnSenderReport(Sr(Capture, 0), Capture);
        mapper.OnSenderReport(Sr(Capture.AddSeconds(10), 0), Capture); // clock re-synchronised by 10 s

        Assert.False(mapper.OnSenderReport(new RtcpSenderReport(1, default, 5, 0, 0, []), Capture));

        Assert.Equal(1, mapper.IgnoredSenderReports);
        Assert.Equal(Capture.AddSeconds(11), mapper.Map(90_000, Capture, out _));
        mapper.Reset();
        Assert.Null(mapper.LastSenderReport);
        mapper.Map(1, Capture, out var source);
        Assert.Equal(WallClockSource.ArrivalTime, source);
    }

    private static RtcpSenderReport Sr(DateTimeOffset wall, uint rtp) => new(1, NtpTimestamp.FromDateTime(wall), rtp, 0, 0, []);
}
