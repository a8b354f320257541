using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class MovieExtendsBoxTests
{
    [Fact]
    public void Write_TwoTracks_MatchesGoldenBytesAndReturnsMehdPosition()
    {
        Assert.True(Fmp4Track.TryCreate(1, TestParameters.H264, out var video, out _));
        Assert.True(Fmp4Track.TryCreate(2, new G711Parameters(ALaw: true), out var audio, out _));
        using var b = new BoxBuffer();
        var position = MovieExtendsBox.Write(b, [video, audio]);
        BoxAssert.Equal(Hex.Bytes("""
            0000005c 6d766578             # size 92, 'mvex'
            00000014 6d656864 01000000    # size 20, 'mehd', version 1
            0000000000000000              # fragment_duration (patched on finalize)
            00000020 74726578 00000000    # size 32, 'trex'
            00000001 00000001             # track_ID 1, default_sample_description_index 1
            00000000 00000000 00000000    # default duration, size, flags
            00000020 74726578 00000000
            00000002 00000001
            00000000 00000000 00000000
            """), b);
        Assert.Equal(20, position);
    }
}
