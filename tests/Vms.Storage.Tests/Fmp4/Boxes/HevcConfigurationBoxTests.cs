using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Fmp4.Codecs;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class HevcConfigurationBoxTests
{
    [Fact]
    public void Write_MainProfile_MatchesGoldenBytes()
    {
        // The same bytes ffmpeg 5.1 writes in hvcC (tag hvc1) for these parameter sets.
        using var b = new BoxBuffer();
        Assert.True(VideoFormat.TryCreate(TestParameters.H265, out var format));
        HevcConfigurationBox.Write(b, TestParameters.H265, format.Hevc!, format.HevcPtl);
        BoxAssert.Equal(Hex.Bytes($"""
            00000077 68766343             # size 119, 'hvcC'
            01                            # configurationVersion 1
            01                            # profile_space 0, tier 0, profile_idc 1 (Main)
            60000000                      # profile compatibility flags (Main, Main 10)
            900000000000                  # constraint flags: progressive, frame_only
            3f                            # level_idc 63 (level 2.1)
            f000                          # reserved 1111, min_spatial_segmentation_idc 0
            fc                            # reserved 111111, parallelismType 0
            fd                            # reserved 111111, chromaFormat 1
            f8 f8                         # reserved 11111, bit depth minus 8 = 0 (luma, chroma)
            0000                          # avgFrameRate 0
            0f                            # constantFrameRate 0, numTemporalLayers 1, temporalIdNested 1, lengthSizeMinusOne 3
            03                            # three arrays
            a0 0001 0018 {Hex.Of(TestParameters.H265Vps)}   # complete, type 32 (VPS), one NAL of 24 bytes
            a1 0001 002a {Hex.Of(TestParameters.H265Sps)}   # complete, type 33 (SPS), 42 bytes
            a2 0001 0007 {Hex.Of(TestParameters.H265Pps)}   # complete, type 34 (PPS), 7 bytes
            """), b);
    }

    [Fact]
    public void WriteSampleEntry_Hvc1_WrapsConfigurationInVisualEntry()
    {
        using var b = new BoxBuffer();
        Assert.True(VideoFormat.TryCreate(TestParameters.H265, out var format));
        HevcConfigurationBox.WriteSampleEntry(b, TestParameters.H265, format);
        BoxAssert.Equal(Hex.Bytes("000000cd 68766331"), b.WrittenSpan[..8]); // 86 + 119 = 205, 'hvc1'
        BoxAssert.Equal(Hex.Bytes("0280 0168"), b.WrittenSpan[32..36]); // width 640, height 360
        BoxAssert.Equal(Hex.Bytes("00000077 68766343"), b.WrittenSpan[86..94]);
    }
}
