using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class NalUnitTests
{
    [Theory]
    [InlineData(0x67, H264NalUnitType.Sps, 3, false, true)]
    [InlineData(0x68, H264NalUnitType.Pps, 3, false, true)]
    [InlineData(0x65, H264NalUnitType.IdrSlice, 3, true, false)]
    [InlineData(0x41, H264NalUnitType.NonIdrSlice, 2, false, false)]
    [InlineData(0x01, H264NalUnitType.NonIdrSlice, 0, false, false)]
    [InlineData(0x06, H264NalUnitType.Sei, 0, false, false)]
    [InlineData(0x7C, H264NalUnitType.FuA, 3, false, false)]
    public void H264_HeaderByte_Decoded(byte header, H264NalUnitType type, int refIdc, bool idr, bool parameterSet)
    {
        Assert.Equal(type, H264NalUnit.TypeOf(header));
        Assert.Equal(refIdc, H264NalUnit.RefIdc(header));
        Assert.Equal(idr, H264NalUnit.IsIdr(type));
        Assert.Equal(parameterSet, H264NalUnit.IsParameterSet(type));
        Assert.False(H264NalUnit.HasForbiddenBit(header));
        Assert.True(H264NalUnit.HasForbiddenBit((byte)(header | 0x80)));
    }

    [Fact]
    public void H264_ContainsIdr_FfmpegStream_FirstAccessUnitOnly()
    {
        var units = MediaFixtures.AccessUnits("h264_main_640x360_30fps.h264", CodecId.H264);
        Assert.Equal(3, units.Count);
        Assert.True(H264NalUnit.ContainsIdr(units[0]));
        Assert.False(H264NalUnit.ContainsIdr(units[1]));
        Assert.False(H264NalUnit.ContainsIdr(units[2]));
    }

    [Theory]
    [InlineData(0x40, 0x01, H265NalUnitType.Vps, false, true)]
    [InlineData(0x42, 0x01, H265NalUnitType.Sps, false, true)]
    [InlineData(0x44, 0x01, H265NalUnitType.Pps, false, true)]
    [InlineData(0x26, 0x01, H265NalUnitType.IdrWRadl, true, false)]
    [InlineData(0x28, 0x01, H265NalUnitType.IdrNLp, true, false)]
    [InlineData(0x2A, 0x01, H265NalUnitType.CraNut, true, false)]
    [InlineData(0x20, 0x01, H265NalUnitType.BlaWLp, true, false)]
    [InlineData(0x2E, 0x01, H265NalUnitType.RsvIrapVcl23, true, false)]
    [InlineData(0x30, 0x01, (H265NalUnitType)24, false, false)]
    [InlineData(0x02, 0x01, H265NalUnitType.TrailR, false, false)]
    [InlineData(0x60, 0x01, H265NalUnitType.AggregationPacket, false, false)]
    [InlineData(0x62, 0x01, H265NalUnitType.FragmentationUnit, false, false)]
    public void H265_Header_Decoded(byte first, byte second, H265NalUnitType type, bool irap, bool parameterSet)
    {
        Assert.Equal(type, H265NalUnit.TypeOf(first));
        Assert.Equal(irap, H265NalUnit.IsIrap(type));
        Assert.Equal(parameterSet, H265NalUnit.IsParameterSet(type));
        Assert.Equal(0, H265NalUnit.LayerId([first, second]));
        Assert.Equal(0, H265NalUnit.TemporalId([first, second]));
    }

    [Fact]
    public void H265_LayerAndTemporalId_Decoded()
    {
        // layer id 33 = 100001: high bit in byte 0, the rest in byte 1's top 5 bits; tid plus1 = 3
        Assert.Equal(33, H265NalUnit.LayerId([0x03, 0x0B]));
        Assert.Equal(2, H265NalUnit.TemporalId([0x03, 0x0B]));
    }

    [Fact]
    public void H265_ContainsIrap_FfmpegStream_FirstAccessUnitOnly()
    {
        var units = MediaFixtures.AccessUnits("h265_main_640x360_25fps.hevc", CodecId.H265);
        Assert.Equal(3, units.Count);
        Assert.True(H265NalUnit.ContainsIrap(units[0]));
        Assert.False(H265NalUnit.ContainsIrap(units[2]));
    }
}
