using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class MediaInformationHeaderBoxTests
{
    [Fact]
    public void WriteVideo_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        MediaInformationHeaderBox.WriteVideo(b);
        BoxAssert.Equal(Hex.Bytes("""
            00000014 766d6864 00 000001   # size 20, 'vmhd', version 0, flags 1
            0000 000000000000             # graphicsmode copy, opcolor 0,0,0
            """), b);
    }

    [Fact]
    public void WriteSound_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        MediaInformationHeaderBox.WriteSound(b);
        BoxAssert.Equal(Hex.Bytes("""
            00000010 736d6864 00000000    # size 16, 'smhd'
            0000 0000                     # balance 0, reserved
            """), b);
    }
}
