using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Tests.Model.Common;

public class XsDurationTests
{
    public static TheoryData<string, double> Valid() => new()
    {
        { "PT10S", 10 },
        { "PT0S", 0 },
        { "PT1M", 60 },
        { "PT1M30.5S", 90.5 },
        { "PT0.001S", 0.001 },
        { "P30D", 30 * 86400 },
        { "P1DT2H", 93600 },
        { "P0Y0M0DT0H0M5S", 5 },
        { "-PT5S", -5 },
        { " PT60S\n", 60 },
        { "P1Y", 365 * 86400 },
        { "P2M", 60 * 86400 },
        { "PT36H", 36 * 3600 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_Valid_GivesDuration(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), XsDuration.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("10S")]
    [InlineData("PT10")]
    [InlineData("PT1.5M")]
    [InlineData("PT.5S")]
    [InlineData("PT5.S")]
    [InlineData("P1S")]
    [InlineData("PT1H1H")]
    [InlineData("PT1S1M")]
    [InlineData("P-1D")]
    [InlineData("PT1e3S")]
    [InlineData("P99999999999999999999999999Y")]
    [InlineData("P1000000000D")]
    [InlineData("pt5s")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(XsDuration.TryParse(text, out _));

    [Fact]
    public void TryParse_LongerThanLimit_ReturnsFalse() =>
        Assert.False(XsDuration.TryParse("PT" + new string('0', XsDuration.MaxLength) + "1S", out _));

    [Theory]
    [InlineData(0, "PT0S")]
    [InlineData(5, "PT5S")]
    [InlineData(60, "PT1M")]
    [InlineData(90.25, "PT1M30.25S")]
    [InlineData(86400 * 30, "P30D")]
    [InlineData(93600, "P1DT2H")]
    [InlineData(-5, "-PT5S")]
    public void Format_GivesCanonicalText(double seconds, string expected) =>
        Assert.Equal(expected, XsDuration.Format(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Format_ThenParse_IsIdentity(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2000; i++)
        {
            var value = TimeSpan.FromTicks(random.NextInt64(-TimeSpan.TicksPerDay * 4000, TimeSpan.TicksPerDay * 4000));
            Assert.Equal(value, XsDuration.Parse(XsDuration.Format(value)));
        }
    }
}
