using Vms.Rtsp.Headers;

namespace Vms.Rtsp.Tests.Headers;

public class SessionHeaderTests
{
    [Theory]
    [InlineData("12345678", "12345678", null)]
    [InlineData("12345678;timeout=60", "12345678", 60)]
    [InlineData("A1b2-C3.d$_;timeout = 30", "A1b2-C3.d$_", 30)]
    [InlineData("ff00aa;Timeout=5;other=1", "ff00aa", 5)]
    [InlineData("abc ;timeout=bad", "abc", null)]
    public void TryParse_Valid_ReadsIdAndTimeout(string text, string id, int? timeout)
    {
        Assert.True(SessionHeader.TryParse(text, out var header));

        Assert.Equal(id, header.Id);
        Assert.Equal(timeout, header.TimeoutSeconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData(";timeout=60")]
    [InlineData("has space;timeout=1")]
    [InlineData("quote\"d")]
    public void TryParse_Invalid_False(string text) => Assert.False(SessionHeader.TryParse(text, out _));

    [Fact]
    public void Timeout_NotStated_Is60Seconds() =>
        Assert.Equal(TimeSpan.FromSeconds(60), new SessionHeader("x").Timeout);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void FormatThenParse_Random_IsIdentity(int seed)
    {
        var random = new Random(seed);
        const string chars = "abcdefABCDEF0123456789-_.$+";
        for (var i = 0; i < 50; i++)
        {
            var id = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => chars[random.Next(chars.Length)])]);
            var header = new SessionHeader(id, random.Next(2) == 0 ? null : random.Next(0, 100_000));

            Assert.True(SessionHeader.TryParse(header.Format(), out var parsed));

            Assert.Equal(header, parsed);
        }
    }
}
