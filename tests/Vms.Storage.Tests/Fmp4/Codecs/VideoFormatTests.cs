using Vms.Rtsp.Media;
using Vms.Storage.Fmp4.Codecs;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Codecs;

public sealed class VideoFormatTests
{
    [Theory]
    [InlineData("67640016acb201405ff2e022000003000200000300301e2c5c90", 640, 360)]
    [InlineData("67640028acd940780227e5c044000003000400000300c83c60c658", 1920, 1080)] // 1088 coded, cropped by 8
    [InlineData("6742c01fd9005005bb011000000300100000030320f1832480", 1280, 720)]
    public void TryCreate_H264EncoderOutput_GivesPictureSize(string sps, int width, int height)
    {
        Assert.True(VideoFormat.TryCreate(new H264Parameters(Convert.FromHexString(sps), TestParameters.H264Pps), out var format));
        Assert.Equal((width, height), (format.Width, format.Height));
        Assert.NotNull(format.Avc);
    }

    [Theory]
    [InlineData("42010101600000030090000003000003003fa0050201696592a4932bc05a020000030002000003001810", 640, 360, 63)]
    [InlineData("420101016000000300900000030000030078a003c08010e596566924caf0168080000003008000000c84", 1920, 1080, 120)] // conformance window
    public void TryCreate_H265EncoderOutput_GivesSizeAndTheHvcCFields(string sps, int width, int height, int level)
    {
        Assert.True(VideoFormat.TryCreate(new H265Parameters(TestParameters.H265Vps, Convert.FromHexString(sps), TestParameters.H265Pps), out var format));
        Assert.Equal((width, height, 1, level, 0x6000_0000u), (format.Width, format.Height, format.Hevc!.GeneralProfileIdc, format.Hevc.GeneralLevelIdc,
            format.Hevc.GeneralProfileCompatibilityFlags));
        // progressive_source_flag and frame_only_constraint_flag, read past the emulation-prevention bytes
        Assert.Equal(new HevcProfileTierLevel(0x9000_0000_0000UL, TemporalIdNesting: true), format.HevcPtl);
    }

    [Fact]
    public void TryCreate_MissingOrCutParameterSets_ReturnsFalse()
    {
        Assert.False(VideoFormat.TryCreate(new H264Parameters(TestParameters.H264Sps, []), out _));
        Assert.False(VideoFormat.TryCreate(new H264Parameters(TestParameters.H264Sps[..6], TestParameters.H264Pps), out _));
        Assert.False(VideoFormat.TryCreate(new H265Parameters([], TestParameters.H265Sps, TestParameters.H265Pps), out _));
        Assert.False(VideoFormat.TryCreate(new H265Parameters(TestParameters.H265Vps, TestParameters.H265Sps[..10], TestParameters.H265Pps), out _));
        Assert.False(VideoFormat.TryCreate(TestParameters.Aac, out _));
    }

    [Fact]
    public void HevcProfileTierLevel_RandomBytes_NeverThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var data = new byte[random.Next(0, 64)];
            random.NextBytes(data);
            _ = HevcProfileTierLevel.TryRead(data, out _);
        }
    }
}
