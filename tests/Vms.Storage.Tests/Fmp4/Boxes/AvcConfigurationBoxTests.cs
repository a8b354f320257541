using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Fmp4.Codecs;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class AvcConfigurationBoxTests
{
    [Fact]
    public void Write_HighProfile_MatchesGoldenBytes()
    {
        // The same bytes ffmpeg 5.1 writes in avcC for these parameter sets.
        using var b = new BoxBuffer();
        Assert.True(VideoFormat.TryCreate(TestParameters.H264, out var format));
        AvcConfigurationBox.Write(b, TestParameters.H264, format.Avc!);
        BoxAssert.Equal(Hex.Bytes($"""
            00000037 61766343             # size 55, 'avcC'
            01 64 00 16                   # version 1, profile 100 (High), compatibility 0, level 22 (from SPS bytes 1-3)
            ff                            # reserved 111111, lengthSizeMinusOne 3
            e1                            # reserved 111, one SPS
            001a {Hex.Of(TestParameters.H264Sps)}   # SPS length 26, SPS
            01 0006 {Hex.Of(TestParameters.H264Pps)} # one PPS, length 6, PPS
            fd                            # High profile extension: reserved 111111, chroma_format 1 (4:2:0)
            f8 f8                         # bit depth luma/chroma minus 8 = 0
            00                            # no SPS extensions
            """), b);
    }

    [Fact]
    public void Write_BaselineProfile_HasNoHighProfileExtension()
    {
        var sps = Convert.FromHexString("6742c01fd9005005bb011000000300100000030320f1832480");
        var parameters = new H264Parameters(sps, TestParameters.H264Pps);
        Assert.True(VideoFormat.TryCreate(parameters, out var format));
        using var b = new BoxBuffer();
        AvcConfigurationBox.Write(b, parameters, format.Avc!);
        BoxAssert.Equal(Hex.Bytes($"""
            00000032 61766343             # size 50 = 8 + 6 + (2 + 25) + (1 + 2 + 6)
            01 42 c0 1f ff e1             # profile 66 (Baseline), constraints c0, level 31
            0019 {Hex.Of(sps)}
            01 0006 {Hex.Of(TestParameters.H264Pps)}
            """), b);
    }

    [Fact]
    public void WriteSampleEntry_Avc1_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        Assert.True(VideoFormat.TryCreate(TestParameters.H264, out var format));
        AvcConfigurationBox.WriteSampleEntry(b, TestParameters.H264, format);
        var expectedHead = Hex.Bytes("""
            0000008d 61766331             # size 141 = 86 + avcC 55, 'avc1'
            000000000000 0001             # reserved, data_reference_index 1
            0000 0000 000000000000000000000000   # pre_defined, reserved, pre_defined
            0280 0168                     # width 640, height 360
            00480000 00480000             # 72 dpi
            00000000 0001                 # reserved, frame_count 1
            0000000000000000000000000000000000000000000000000000000000000000   # compressorname (empty)
            0018 ffff                     # depth 24, pre_defined -1
            00000037 61766343             # avcC follows
            """);
        Assert.Equal(Hex.Of(expectedHead), Hex.Of(b.WrittenSpan[..expectedHead.Length]));
        Assert.Equal(141, b.Length);
    }
}
