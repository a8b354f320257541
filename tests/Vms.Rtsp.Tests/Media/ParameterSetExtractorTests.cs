using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class ParameterSetExtractorTests
{
    [Fact]
    public void TryUpdate_H264KeyframeWithSets_ReturnsParametersOnceThenNothing()
    {
        var units = MediaFixtures.AccessUnits("h264_high_1920x1080_12fps.h264", CodecId.H264);
        var extractor = new ParameterSetExtractor(CodecId.H264);

        Assert.True(extractor.TryUpdate(units[0], out var first));
        var h264 = Assert.IsType<H264Parameters>(first);
        Assert.Equal(H264NalUnitType.Sps, H264NalUnit.TypeOf(h264.Sps));
        Assert.Equal(H264NalUnitType.Pps, H264NalUnit.TypeOf(h264.Pps));
        Assert.Same(first, extractor.Current);

        Assert.False(extractor.TryUpdate(units[0], out _)); // same sets again
        Assert.False(extractor.TryUpdate(units[1], out _)); // no sets
    }

    [Fact]
    public void TryUpdate_H264NewSps_ReplacesAndKeepsPps()
    {
        var a = MediaFixtures.AccessUnits("h264_high_1920x1080_12fps.h264", CodecId.H264)[0];
        var other = MediaFixtures.H264Sps("h264_main_640x360_30fps.h264");
        var extractor = new ParameterSetExtractor(CodecId.H264);
        Assert.True(extractor.TryUpdate(a, out var original));

        Assert.True(extractor.TryUpdate([other], out var updated));

        var p = Assert.IsType<H264Parameters>(updated);
        Assert.Equal(other, p.Sps);
        Assert.Equal(((H264Parameters)original).Pps, p.Pps);
    }

    [Fact]
    public void TryUpdate_DamagedSps_IsIgnored()
    {
        var a = MediaFixtures.AccessUnits("h264_high_1920x1080_12fps.h264", CodecId.H264)[0];
        var extractor = new ParameterSetExtractor(CodecId.H264);
        Assert.True(extractor.TryUpdate(a, out var original));

        Assert.False(extractor.TryUpdate([new byte[] { 0x67, 0x64 }], out _));
        Assert.Same(original, extractor.Current);
    }

    [Fact]
    public void TryUpdate_SpsWithoutPps_WaitsForPps()
    {
        var sps = MediaFixtures.H264Sps("h264_main_640x360_30fps.h264");
        var extractor = new ParameterSetExtractor(CodecId.H264);

        Assert.False(extractor.TryUpdate([sps], out _));
        Assert.Null(extractor.Current);
        Assert.True(extractor.TryUpdate([new byte[] { 0x68, 0xCE, 0x38, 0x80 }], out var p));
        Assert.Equal(sps, ((H264Parameters)p).Sps);
    }

    [Fact]
    public void TryUpdate_H265Keyframe_ReturnsVpsSpsPps()
    {
        var units = MediaFixtures.AccessUnits("h265_main_640x360_25fps.hevc", CodecId.H265);
        var extractor = new ParameterSetExtractor(CodecId.H265);

        Assert.True(extractor.TryUpdate(units[0], out var p));

        var h265 = Assert.IsType<H265Parameters>(p);
        Assert.Equal(H265NalUnitType.Vps, H265NalUnit.TypeOf(h265.Vps));
        Assert.Equal(H265NalUnitType.Sps, H265NalUnit.TypeOf(h265.Sps));
        Assert.Equal(H265NalUnitType.Pps, H265NalUnit.TypeOf(h265.Pps));
        Assert.False(extractor.TryUpdate(units[0], out _));
    }

    [Fact]
    public void Constructor_InitialParametersEqualToStream_NoUpdate()
    {
        var units = MediaFixtures.AccessUnits("h264_high_1920x1080_12fps.h264", CodecId.H264);
        var seed = new ParameterSetExtractor(CodecId.H264);
        Assert.True(seed.TryUpdate(units[0], out var fromStream));

        var extractor = new ParameterSetExtractor(CodecId.H264, fromStream);

        Assert.False(extractor.TryUpdate(units[0], out _));
    }

    [Fact]
    public void Constructor_WrongCodec_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ParameterSetExtractor(CodecId.Aac));
        Assert.Throws<ArgumentException>(() => new ParameterSetExtractor(CodecId.H265, new H264Parameters([0x67], [0x68])));
    }
}
