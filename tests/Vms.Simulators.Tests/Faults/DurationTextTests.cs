using Vms.Simulators.Faults;

namespace Vms.Simulators.Tests.Faults;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("+30s", 30_000)]
    [InlineData("5m", 300_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("2h", 7_200_000)]
    [InlineData("1d", 86_400_000)]
    [InlineData("-90s", -90_000)]
    [InlineData("12", 12_000)]
    [InlineData("1.5s", 1_500)]
    public void TryParse_Valid_GivesTheSpan(string text, long milliseconds)
    {
        Assert.True(DurationText.TryParse(text, allowSign: true, out var value));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("10x")]
    [InlineData("-")]
    [InlineData("1..2s")]
    [InlineData("400d")]
    [InlineData("99999999999999999999999999999999999")]
    public void TryParse_Invalid_IsFalse(string text) => Assert.False(DurationText.TryParse(text, allowSign: true, out _));

    [Fact]
    public void TryParse_SignWhenNotAllowed_IsFalse() => Assert.False(DurationText.TryParse("-5s", allowSign: false, out _));
}
