using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class DataInformationBoxTests
{
    [Fact]
    public void Write_SelfContainedReference_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        DataInformationBox.Write(b);
        BoxAssert.Equal(Hex.Bytes("""
            00000024 64696e66             # size 36, 'dinf'
            0000001c 64726566 00000000    # size 28, 'dref', version 0
            00000001                      # entry_count 1
            0000000c 75726c20 00000001    # size 12, 'url ', flags 1 = media in this file
            """), b);
    }
}
