using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Tests.Model.Common;

public class XsDateTimeTests
{
    [Theory]
    [InlineData("2026-07-01T10:00:00Z", 0)]
    [InlineData("2026-07-01T10:00:03.120Z", 3120)]
    [InlineData("2026-07-01T12:00:00+02:00", 0)]
    [InlineData("2026-07-01T08:00:00-02:00", 0)]
    [InlineData("2026-07-01T10:00:00", 0)]
    [InlineData(" 2026-07-01T10:00:00.0000001Z ", 0.0001)]
    public void Parse_Variants_GiveUtc(string text, double milliseconds)
    {
        var value = XsDateTime.Parse(text);
        Assert.Equal(TimeSpan.Zero, value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero).AddMilliseconds(milliseconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-07-01")]
    [InlineData("10:00:00")]
    [InlineData("2026-13-01T10:00:00Z")]
    [InlineData("2026-02-30T10:00:00Z")]
    [InlineData("2026-07-01 10:00:00Z")]
    [InlineData("07/01/2026T10:00:00")]
    [InlineData("2026-07-01T25:00:00Z")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(XsDateTime.TryParse(text, out _));

    [Fact]
    public void Format_UsesUtcWithZAndNoEmptyFraction()
    {
        Assert.Equal("2026-07-01T10:00:00Z", XsDateTime.Format(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.FromHours(2))));
        Assert.Equal("2026-07-01T10:00:03.12Z", XsDateTime.Format(new DateTimeOffset(2026, 7, 1, 10, 0, 3, 120, TimeSpan.Zero)));
    }
}
