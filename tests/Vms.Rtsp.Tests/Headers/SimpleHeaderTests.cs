using Vms.Rtsp.Headers;

namespace Vms.Rtsp.Tests.Headers;

public class SimpleHeaderTests
{
    [Fact]
    public void PublicHeader_ParseFormat_RoundTrips()
    {
        Assert.True(PublicHeader.TryParse("OPTIONS, DESCRIBE,SETUP ,PLAY, PAUSE, TEARDOWN, GET_PARAMETER", out var header));

        Assert.True(header.Supports("GET_PARAMETER"));
        Assert.False(header.Supports("play"));
        Assert.Equal("OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER", header.Format());
        Assert.True(PublicHeader.TryParse(header.Format(), out var again));
        Assert.Equal(header, again);
        Assert.False(PublicHeader.TryParse("OPTIONS, DE SCRIBE", out _));
    }

    [Fact]
    public void RequireHeader_OnvifReplay_FoundAndMissingListed()
    {
        Assert.True(RequireHeader.TryParse("onvif-replay, com.example.x", out var header));

        Assert.True(header.Contains(RequireHeader.OnvifReplay));
        Assert.Equal(["com.example.x"], header.Missing([RequireHeader.OnvifReplay]));
        Assert.True(RequireHeader.TryParse(header.Format(), out var again));
        Assert.Equal(header, again);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 42 ", 42)]
    [InlineData("2147483647", int.MaxValue)]
    public void CSeqHeader_Valid_Parsed(string text, int value)
    {
        Assert.True(CSeqHeader.TryParse(text, out var parsed));
        Assert.Equal(value, parsed);
        Assert.True(CSeqHeader.TryParse(CSeqHeader.Format(parsed), out var again));
        Assert.Equal(value, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1.0")]
    [InlineData("2147483648")]
    public void CSeqHeader_Invalid_False(string text) => Assert.False(CSeqHeader.TryParse(text, out _));

    [Theory]
    [InlineData("1", 1.0, "1.0")]
    [InlineData("-1.0", -1.0, "-1.0")]
    [InlineData("0.5", 0.5, "0.5")]
    [InlineData("-4", -4.0, "-4.0")]
    [InlineData("16.25", 16.25, "16.25")]
    public void ScaleHeader_ParseFormat(string text, double value, string formatted)
    {
        Assert.True(ScaleHeader.TryParse(text, out var parsed));
        Assert.Equal(value, parsed);
        Assert.Equal(formatted, ScaleHeader.Format(parsed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("fast")]
    [InlineData("1e5")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("--1")]
    [InlineData("NaN")]
    public void ScaleHeader_Invalid_False(string text) => Assert.False(ScaleHeader.TryParse(text, out _));

    [Fact]
    public void SpeedHeader_NegativeOrZero_Rejected()
    {
        Assert.True(SpeedHeader.TryParse("2.5", out var speed));
        Assert.Equal(2.5, speed);
        Assert.False(SpeedHeader.TryParse("-1", out _));
        Assert.False(SpeedHeader.TryParse("0", out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ScaleHeader_RandomRoundTrip_IsIdentity(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var value = Math.Round((random.NextDouble() - 0.5) * 64, random.Next(0, 6));
            Assert.True(ScaleHeader.TryParse(ScaleHeader.Format(value), out var parsed), ScaleHeader.Format(value));
            Assert.Equal(value, parsed);
        }
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    [InlineData(" No ", false)]
    public void RateControlHeader_YesNo(string text, bool value)
    {
        Assert.True(RateControlHeader.TryParse(text, out var parsed));
        Assert.Equal(value, parsed);
        Assert.Equal(value ? "yes" : "no", RateControlHeader.Format(parsed));
        Assert.False(RateControlHeader.TryParse("maybe", out _));
    }

    [Theory]
    [InlineData("all", FramesMode.All, null)]
    [InlineData("intra", FramesMode.Intra, null)]
    [InlineData("Intra/4000", FramesMode.Intra, 4000)]
    [InlineData("predicted", FramesMode.Predicted, null)]
    public void FramesHeader_ParseFormat_RoundTrips(string text, FramesMode mode, int? interval)
    {
        Assert.True(FramesHeader.TryParse(text, out var header));

        Assert.Equal(new FramesHeader(mode, interval), header);
        Assert.True(FramesHeader.TryParse(header.Format(), out var again));
        Assert.Equal(header, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("intra/")]
    [InlineData("intra/-5")]
    [InlineData("some")]
    public void FramesHeader_Invalid_False(string text) => Assert.False(FramesHeader.TryParse(text, out _));
}
