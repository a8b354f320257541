using Vms.Rtsp.Rtcp;

namespace Vms.Rtsp.Tests.Rtcp;

public class NtpTimestampTests
{
    [Fact]
    public void FromDateTime_UnixEpoch_KnownSeconds()
    {
        var ntp = NtpTimestamp.FromDateTime(DateTimeOffset.UnixEpoch);
        Assert.Equal(2_208_988_800u, ntp.Seconds);
        Assert.Equal(0u, ntp.Fraction);
    }

    [Theory]
    [InlineData("2026-07-01T10:00:00.1234567Z")]
    [InlineData("2036-02-07T06:28:15Z")]
    [InlineData("2036-02-07T06:28:16.5Z")]
    [InlineData("2040-01-01T00:00:00Z")]
    public void RoundTrip_AcrossEraBoundary_WithinATick(string iso)
    {
        var time = DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

        var back = NtpTimestamp.FromDateTime(time).ToDateTime();

        Assert.InRange((back - time).Ticks, -1, 1);
    }

    [Fact]
    public void Middle32_TakesLow16SecondsAndHigh16Fraction()
    {
        Assert.Equal(0x5678_9ABCu, new NtpTimestamp(0x1234_5678_9ABC_DEF0).Middle32);
    }
}
