using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class MovieHeaderBoxTests
{
    private const string Matrix = "00010000 00000000 00000000 00000000 00010000 00000000 00000000 00000000 40000000";

    [Fact]
    public void Write_Version0_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        MovieHeaderBox.Write(b, new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero), 3);
        BoxAssert.Equal(Hex.Bytes($"""
            0000006c 6d766864 00 000000   # size 108, 'mvhd', version 0, flags 0
            e66a95a0 e66a95a0             # creation/modification: 2026-07-01T10:00:00Z in seconds since 1904
            000003e8 00000000             # timescale 1000, duration 0
            00010000 0100 0000            # rate 1.0, volume 1.0, reserved
            00000000 00000000             # reserved
            {Matrix}
            00000000 00000000 00000000 00000000 00000000 00000000   # pre_defined
            00000003                      # next_track_ID
            """), b);
    }

    [Fact]
    public void Write_TimeAfter2040_UsesVersion1With64BitTimes()
    {
        using var b = new BoxBuffer();
        MovieHeaderBox.Write(b, new DateTimeOffset(2041, 1, 1, 0, 0, 0, TimeSpan.Zero), 2);
        BoxAssert.Equal(Hex.Bytes($"""
            00000078 6d766864 01 000000   # size 120, 'mvhd', version 1
            0000000101b2b400 0000000101b2b400   # 2041-01-01 in seconds since 1904 (more than 32 bits)
            000003e8 0000000000000000     # timescale 1000, 64-bit duration 0
            00010000 0100 0000 00000000 00000000
            {Matrix}
            00000000 00000000 00000000 00000000 00000000 00000000
            00000002
            """), b);
    }
}
