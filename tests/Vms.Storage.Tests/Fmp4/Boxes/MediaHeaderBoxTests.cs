using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class MediaHeaderBoxTests
{
    [Fact]
    public void Write_90kHz_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        MediaHeaderBox.Write(b, new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero), 90000);
        BoxAssert.Equal(Hex.Bytes("""
            00000020 6d646864 00000000    # size 32, 'mdhd', version 0
            e66a95a0 e66a95a0             # creation/modification
            00015f90 00000000             # timescale 90000, duration 0
            55c4 0000                     # language 'und' (21,14,4 in 5-bit letters), pre_defined
            """), b);
    }
}
