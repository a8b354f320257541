using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class CodecParametersTests
{
    [Fact]
    public void Equals_ByContentNotReference()
    {
        Assert.Equal(new H264Parameters([0x67, 1], [0x68]), new H264Parameters([0x67, 1], [0x68]));
        Assert.NotEqual(new H264Parameters([0x67, 1], [0x68]), new H264Parameters([0x67, 2], [0x68]));
        Assert.Equal(new H265Parameters([0x40], [0x42], [0x44]), new H265Parameters([0x40], [0x42], [0x44]));
        Assert.Equal(new AacParameters([0x14, 0x08], 16000, 1), new AacParameters([0x14, 0x08], 16000, 1));
        Assert.NotEqual(new AacParameters([0x14, 0x08], 16000, 1), new AacParameters([0x14, 0x10], 16000, 1));
    }

    [Fact]
    public void Properties_DescribeTheCodec()
    {
        Assert.Equal((CodecId.Pcma, 8000), (new G711Parameters(true).Codec, new G711Parameters(true).ClockRate));
        Assert.Equal(CodecId.Pcmu, new G711Parameters(false).Codec);
        Assert.Equal(44100, new AacParameters([0x12, 0x10], 44100, 2).ClockRate);
        var track = new MediaTrack(1, new H264Parameters([0x67, 0x42, 0xC0, 0x1E], [0x68]), "trackID=1");
        Assert.Equal((CodecId.H264, MediaKind.Video, 90_000), (track.Codec, track.Kind, track.ClockRate));
        Assert.Equal("42C01E", ((H264Parameters)track.Parameters).ProfileLevelId);
        Assert.Null(new H264Parameters([0x67], [0x68]).ProfileLevelId);
    }

    [Fact]
    public void AccessUnit_ByteLengthAndCopies_KeepBuffers()
    {
        ReadOnlyMemory<byte>[] nals = [new byte[3], new byte[5]];
        var au = new AccessUnit(CodecId.H264, nals, 900, 900, true);

        var moved = au.WithTimestamps(1800, 1700).WithWallClock(DateTimeOffset.UnixEpoch);

        Assert.Equal(8, au.ByteLength);
        Assert.Same(nals, moved.NalUnits);
        Assert.Equal((1800L, 1700L, true), (moved.Pts, moved.Dts, moved.IsKeyframe));
        Assert.Equal(DateTimeOffset.UnixEpoch, moved.WallClock);
    }
}
