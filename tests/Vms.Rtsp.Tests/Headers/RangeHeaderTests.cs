using Vms.Rtsp.Headers;

namespace Vms.Rtsp.Tests.Headers;

public class RangeHeaderTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 20)];

    [Fact]
    public void TryParse_NptNow_IsLive()
    {
        Assert.True(RangeHeader.TryParse("npt=now-", out var range));

        Assert.Equal(RangeUnit.Npt, range.Unit);
        Assert.True(range.IsNow);
        Assert.Null(range.End);
        Assert.Equal("npt=now-", range.Format());
    }

    [Theory]
    [InlineData("npt=0-", 0.0, null, "npt=0-")]
    [InlineData("npt=0.000-", 0.0, null, "npt=0-")]
    [InlineData("npt=12.5-30", 12.5, 30.0, "npt=12.5-30")]
    [InlineData("npt=00:01:02.25-01:00:00", 62.25, 3600.0, "npt=62.25-3600")]
    [InlineData("npt = 1:2:3 - ;time=19970123T143720Z", 3723.0, null, "npt=3723-")]
    public void TryParse_Npt_ReadsSecondsAndHhMmSs(string text, double start, double? end, string formatted)
    {
        Assert.True(RangeHeader.TryParse(text, out var range));

        Assert.Equal(TimeSpan.FromSeconds(start), range.Start);
        Assert.Equal(end is null ? null : TimeSpan.FromSeconds(end.Value), range.End);
        Assert.Equal(formatted, range.Format());
    }

    [Fact]
    public void TryParse_NptOpenStart_ReadsEndOnly()
    {
        Assert.True(RangeHeader.TryParse("npt=-20", out var range));

        Assert.Null(range.Start);
        Assert.False(range.IsNow);
        Assert.Equal(TimeSpan.FromSeconds(20), range.End);
    }

    [Fact]
    public void TryParse_OnvifClockRange_ReadsUtcWithMilliseconds()
    {
        Assert.True(RangeHeader.TryParse("clock=20090615T114900.440Z-20090615T115000Z", out var range));

        Assert.Equal(RangeUnit.Clock, range.Unit);
        Assert.Equal(new DateTimeOffset(2009, 6, 15, 11, 49, 0, 440, TimeSpan.Zero), range.ClockStart);
        Assert.Equal(new DateTimeOffset(2009, 6, 15, 11, 50, 0, TimeSpan.Zero), range.ClockEnd);
        Assert.Equal("clock=20090615T114900.440Z-20090615T115000Z", range.Format());
    }

    [Fact]
    public void TryParse_ClockReverseRange_EndBeforeStartKept()
    {
        Assert.True(RangeHeader.TryParse("clock=20090615T115000.440Z-20090615T114900Z", out var range));

        Assert.True(range.ClockEnd < range.ClockStart);
    }

    [Fact]
    public void TryParse_Smpte_KeptAsText()
    {
        Assert.True(RangeHeader.TryParse("smpte-25=10:07:33:05.01-", out var range));

        Assert.Equal(RangeUnit.Smpte, range.Unit);
        Assert.Equal("smpte-25", range.SmpteType);
        Assert.Equal("10:07:33:05.01", range.SmpteStart);
        Assert.Null(range.SmpteEnd);
        Assert.Equal("smpte-25=10:07:33:05.01-", range.Format());
    }

    [Theory]
    [InlineData("")]
    [InlineData("npt")]
    [InlineData("npt=")]
    [InlineData("npt=-")]
    [InlineData("npt=abc-")]
    [InlineData("npt=1:70:00-")]
    [InlineData("npt=10")]
    [InlineData("clock=20090615T114900-")]
    [InlineData("clock=2009-06-15T11:49:00Z-")]
    [InlineData("clock=20091315T114900Z-")]
    [InlineData("smpte=1:2-")]
    [InlineData("frames=1-2")]
    public void TryParse_Invalid_False(string text) => Assert.False(RangeHeader.TryParse(text, out _));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FormatThenParse_Random_IsIdentity(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var range = Random(random);

            Assert.True(RangeHeader.TryParse(range.Format(), out var parsed), range.Format());

            Assert.Equal(range, parsed);
        }
    }

    private static RangeHeader Random(Random r)
    {
        TimeSpan T()
        {
            var ticks = r.NextInt64(0, TimeSpan.TicksPerDay * 3);
            return TimeSpan.FromTicks(r.Next(2) == 0 ? ticks : ticks - (ticks % TimeSpan.TicksPerMillisecond));
        }

        DateTimeOffset C() => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(r.NextInt64(0, TimeSpan.TicksPerDay * 3650));
        return r.Next(5) switch
        {
            0 => RangeHeader.NptNow(),
            1 => RangeHeader.Npt(T(), r.Next(2) == 0 ? null : T()),
            2 => RangeHeader.Npt(null, T()),
            3 => RangeHeader.Clock(C(), r.Next(2) == 0 ? null : C()),
            _ => RangeHeader.Smpte("smpte", $"{r.Next(24)}:{r.Next(60):00}:{r.Next(60):00}", r.Next(2) == 0 ? null : $"{r.Next(24)}:{r.Next(60):00}:{r.Next(60):00}:{r.Next(30):00}"),
        };
    }
}
