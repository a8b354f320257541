using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class TrackHeaderBoxTests
{
    private const string Matrix = "00010000 00000000 00000000 00000000 00010000 00000000 00000000 00000000 40000000";
    private static readonly DateTimeOffset Start = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Write_VideoTrack_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        TrackHeaderBox.Write(b, Start, 1, audio: false, 640, 360);
        BoxAssert.Equal(Hex.Bytes($"""
            0000005c 746b6864 00 000003   # size 92, 'tkhd', version 0, flags enabled|in_movie
            e66a95a0 e66a95a0             # creation/modification
            00000001 00000000 00000000    # track_ID 1, reserved, duration 0
            00000000 00000000             # reserved
            0000 0000 0000 0000           # layer, alternate_group, volume 0 (video), reserved
            {Matrix}
            02800000 01680000             # width 640.0, height 360.0 (16.16)
            """), b);
    }

    [Fact]
    public void Write_AudioTrack_HasFullVolumeAndNoSize()
    {
        using var b = new BoxBuffer();
        TrackHeaderBox.Write(b, Start, 2, audio: true, 0, 0);
        BoxAssert.Equal(Hex.Bytes($"""
            0000005c 746b6864 00 000003
            e66a95a0 e66a95a0
            00000002 00000000 00000000    # track_ID 2
            00000000 00000000
            0000 0000 0100 0000           # volume 1.0
            {Matrix}
            00000000 00000000
            """), b);
    }
}
