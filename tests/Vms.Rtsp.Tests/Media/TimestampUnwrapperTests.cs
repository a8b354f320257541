using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class TimestampUnwrapperTests
{
    [Fact]
    public void Unwrap_ForwardAcrossWrap_KeepsCounting()
    {
        var u = new TimestampUnwrapper();
        Assert.Equal(uint.MaxValue - 3000L, u.Unwrap(uint.MaxValue - 3000));
        Assert.Equal(uint.MaxValue + 1L + 2999, u.Unwrap(2999));
        Assert.Equal(uint.MaxValue + 1L + 9999, u.Unwrap(9999));
    }

    [Fact]
    public void Unwrap_SmallBackwardStepAcrossWrap_GoesBack()
    {
        var u = new TimestampUnwrapper();
        u.Unwrap(10);
        Assert.Equal(-20L, u.Unwrap(uint.MaxValue - 19)); // a B-frame before the first picture
        Assert.Equal(100L, u.Unwrap(100));
    }

    [Fact]
    public void Unwrap_ManyWraps_StaysMonotonic()
    {
        var u = new TimestampUnwrapper();
        var expected = 4_000_000_000L;
        u.Unwrap((uint)expected);
        for (var i = 0; i < 20_000; i++)
        {
            expected += 3_000_000; // large steps, 1 430 wraps of 2³²
            Assert.Equal(expected, u.Unwrap((uint)(expected & 0xFFFFFFFF)));
        }
    }

    [Fact]
    public void Reset_StartsAgainFromTheNextValue()
    {
        var u = new TimestampUnwrapper();
        u.Unwrap(5);
        u.Unwrap(uint.MaxValue);
        u.Reset();
        Assert.Equal(7L, u.Unwrap(7));
    }
}
