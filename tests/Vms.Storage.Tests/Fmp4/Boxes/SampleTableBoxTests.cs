using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class SampleTableBoxTests
{
    [Fact]
    public void Write_FragmentedTrack_HasOneEntryAndEmptyTables()
    {
        Assert.True(Fmp4Track.TryCreate(2, new G711Parameters(ALaw: false), out var track, out _));
        using var b = new BoxBuffer();
        SampleTableBox.Write(b, track);
        BoxAssert.Equal(Hex.Bytes("""
            00000080 7374626c             # size 128, 'stbl'
            00000034 73747364 00000000    # size 52, 'stsd', version 0
            00000001                      # entry_count 1
            00000024 756c6177 000000000000 0001 00000000 00000000 0001 0010 0000 0000 1f400000   # 'ulaw' entry
            00000010 73747473 00000000 00000000            # 'stts', no entries
            00000010 73747363 00000000 00000000            # 'stsc', no entries
            00000014 7374737a 00000000 00000000 00000000   # 'stsz', sample_size 0, sample_count 0
            00000010 7374636f 00000000 00000000            # 'stco', no entries
            """), b);
    }
}
