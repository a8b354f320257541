using Vms.Storage.Fmp4.Codecs;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Codecs;

public sealed class SpsReaderTests
{
    [Theory]
    [InlineData("67640016acb201405ff2e022000003000200000300301e2c5c90", 640, 360, 100, 22)]
    [InlineData("67640028acd940780227e5c044000003000400000300c83c60c658", 1920, 1080, 100, 40)] // 1088 coded, cropped by 8
    [InlineData("6742c01fd9005005bb011000000300100000030320f1832480", 1280, 720, 66, 31)]
    public void H264_TryRead_EncoderOutput_GivesSizeProfileAndLevel(string hex, int width, int height, int profile, int level)
    {
        Assert.True(H264SpsReader.TryRead(Convert.FromHexString(hex), out var sps));
        Assert.Equal((width, height, profile, level, 1, 8), (sps.Width, sps.Height, (int)sps.ProfileIdc, (int)sps.LevelIdc, sps.ChromaFormatIdc, sps.BitDepthLuma));
    }

    [Theory]
    [InlineData("42010101600000030090000003000003003fa0050201696592a4932bc05a020000030002000003001810", 640, 360, 63)]
    [InlineData("420101016000000300900000030000030078a003c08010e596566924caf0168080000003008000000c84", 1920, 1080, 120)] // conformance window
    public void H265_TryRead_EncoderOutput_GivesSizeAndProfileTierLevel(string hex, int width, int height, int level)
    {
        Assert.True(H265SpsReader.TryRead(Convert.FromHexString(hex), out var sps));
        Assert.Equal((width, height, 1, level, 0x6000_0000u, 0x9000_0000_0000UL), (sps.Width, sps.Height, sps.GeneralProfileIdc, (int)sps.GeneralLevelIdc,
            sps.GeneralProfileCompatibilityFlags, sps.GeneralConstraintIndicatorFlags));
        Assert.Equal((1, true, 1, 8), (sps.MaxSubLayers, sps.TemporalIdNesting, sps.ChromaFormatIdc, sps.BitDepthLuma));
    }

    [Fact]
    public void TryRead_EveryTruncation_FailsOrGivesTheSameAnswer()
    {
        // the fields we need end before the VUI, so a cut inside the VUI still reads correctly; a cut earlier must fail
        Assert.True(H264SpsReader.TryRead(TestParameters.H264Sps, out var full264));
        var failures = 0;
        for (var n = 0; n < TestParameters.H264Sps.Length; n++)
        {
            if (H264SpsReader.TryRead(TestParameters.H264Sps.AsSpan(0, n), out var cut))
            {
                Assert.Equal(full264, cut);
            }
            else
            {
                failures++;
            }
        }

        Assert.True(failures >= 6, $"only {failures} truncations were rejected");

        Assert.True(H265SpsReader.TryRead(TestParameters.H265Sps, out var full265));
        failures = 0;
        for (var n = 0; n < TestParameters.H265Sps.Length; n++)
        {
            if (H265SpsReader.TryRead(TestParameters.H265Sps.AsSpan(0, n), out var cut))
            {
                Assert.Equal(full265, cut);
            }
            else
            {
                failures++;
            }
        }

        Assert.True(failures >= 16, $"only {failures} truncations were rejected");
    }

    [Fact]
    public void TryRead_RandomBytes_NeverThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 5000; i++)
        {
            var data = new byte[random.Next(0, 64)];
            random.NextBytes(data);
            if (data.Length > 0)
            {
                data[0] = (byte)(i % 2 == 0 ? 0x67 : 0x42);
            }

            _ = H264SpsReader.TryRead(data, out _);
            _ = H265SpsReader.TryRead(data, out _);
        }
    }
}
