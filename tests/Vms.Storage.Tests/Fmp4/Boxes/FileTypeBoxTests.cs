using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class FileTypeBoxTests
{
    [Fact]
    public void Write_OurBrands_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        FileTypeBox.Write(b);
        BoxAssert.Equal(Hex.Bytes("""
            00000020 66747970   # size 32, 'ftyp'
            69736f36            # major_brand 'iso6'
            00000000            # minor_version 0
            69736f36 69736f6d   # compatible: 'iso6' 'isom'
            69736f32 6d703431   #             'iso2' 'mp41'
            """), b);
    }
}
