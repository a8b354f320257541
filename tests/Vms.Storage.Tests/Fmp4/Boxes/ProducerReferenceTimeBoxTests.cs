using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class ProducerReferenceTimeBoxTests
{
    [Fact]
    public void Write_HalfSecond_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        ProducerReferenceTimeBox.Write(b, 1, new DateTimeOffset(2026, 7, 1, 10, 0, 0, 500, TimeSpan.Zero), 180_000);
        BoxAssert.Equal(Hex.Bytes("""
            00000020 70726674 01 000000   # size 32, 'prft', version 1, flags 0
            00000001                      # reference_track_ID 1
            edef63a0 80000000             # NTP: 2026-07-01T10:00:00Z in seconds since 1900, fraction 0.5
            000000000002bf20              # media_time 180000 (2 s at 90 kHz)
            """), b);
    }

    [Fact]
    public void Ntp_RoundTrip_KeepsTicks()
    {
        var t = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
        Assert.Equal(t, Mp4Time.FromNtp(Mp4Time.ToNtp(t)));
    }
}
