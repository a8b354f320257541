using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class HandlerBoxTests
{
    [Fact]
    public void Write_Video_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        HandlerBox.Write(b, 0x76696465, "VideoHandler");
        BoxAssert.Equal(Hex.Bytes("""
            0000002d 68646c72 00000000    # size 45, 'hdlr', version 0
            00000000 76696465             # pre_defined, handler_type 'vide'
            00000000 00000000 00000000    # reserved
            566964656f48616e646c6572 00   # "VideoHandler" NUL
            """), b);
    }
}
