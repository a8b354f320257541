using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class H265SpsParserTests
{
    [Theory]
    [InlineData("h265_main_1920x1080_12fps.hevc", 1920, 1080, 1920, 1080, 120, 12.0)]
    [InlineData("h265_main_1918x1078_15fps.hevc", 1918, 1078, 1920, 1080, 120, 15.0)]
    [InlineData("h265_main_640x360_25fps.hevc", 640, 360, 640, 360, 63, 25.0)]
    public void TryParse_FfmpegStreams_MatchesEncoderSettings(string file, int width, int height, int codedWidth, int codedHeight, int level, double fps)
    {
        Assert.True(H265SpsParser.TryParse(MediaFixtures.H265Sps(file), out var info));

        Assert.Equal(width, info.Width);
        Assert.Equal(height, info.Height);
        Assert.Equal(codedWidth, info.CodedWidth);
        Assert.Equal(codedHeight, info.CodedHeight);
        Assert.Equal(1, info.GeneralProfileIdc); // Main
        Assert.False(info.GeneralTierFlag);
        Assert.Equal(level, info.GeneralLevelIdc);
        Assert.Equal(1, info.ChromaFormatIdc);
        Assert.Equal(8, info.BitDepthLuma);
        Assert.Equal(fps, info.FrameRate);
        Assert.True((info.GeneralProfileCompatibilityFlags & (1u << 30)) != 0, "Main is compatible with profile 1");
    }

    [Fact]
    public void TryParse_SyntheticSps_ReadsSubLayersWindowAndRefPicSets()
    {
        var w = new BitWriter();
        w.WriteBits(0, 4); // vps id
        w.WriteBits(1, 3); // 2 sub-layers
        w.WriteBit(true);

        // profile_tier_level: Main 10, high tier, level 5.1
        w.WriteBits(0, 2);
        w.WriteBit(true);
        w.WriteBits(2, 5);
        w.WriteBits(0x20000000, 32);
        w.WriteBits(0, 4);
        w.WriteBits(0, 32);
        w.WriteBits(0, 12);
        w.WriteBits(153, 8);
        w.WriteBit(true); // sub_layer_profile_present_flag[0]
        w.WriteBit(true); // sub_layer_level_present_flag[0]
        w.WriteBits(0, 2 * 7); // reserved for i = 1..7
        w.WriteBits(0, 32);
        w.WriteBits(0, 32);
        w.WriteBits(0, 24); // 88 bits of sub-layer profile
        w.WriteBits(120, 8); // sub-layer level

        w.WriteUe(2); // sps id
        w.WriteUe(2); // 4:2:2
        w.WriteUe(3840);
        w.WriteUe(2160);
        w.WriteBit(true);
        w.WriteUe(4);
        w.WriteUe(0);
        w.WriteUe(0);
        w.WriteUe(6); // 4:2:2: SubWidthC 2, SubHeightC 1
        w.WriteUe(2);
        w.WriteUe(2); // 10 bit
        w.WriteUe(4); // log2 poc lsb 8
        w.WriteBit(true); // ordering info for each sub-layer
        for (var i = 0; i < 2; i++)
        {
            w.WriteUe(4);
            w.WriteUe(2);
            w.WriteUe(0);
        }

        for (var i = 0; i < 6; i++)
        {
            w.WriteUe(1);
        }

        w.WriteBit(true); // scaling_list_enabled
        w.WriteBit(true); // sps_scaling_list_data_present
        for (var sizeId = 0; sizeId < 4; sizeId++)
        {
            for (var matrixId = 0; matrixId < 6; matrixId += sizeId == 3 ? 3 : 1)
            {
                w.WriteBit(true); // explicit coefficients
                if (sizeId > 1)
                {
                    w.WriteSe(8);
                }

                for (var c = 0; c < Math.Min(64, 1 << (4 + (sizeId << 1))); c++)
                {
                    w.WriteSe(c % 3 - 1);
                }
            }
        }

        w.WriteBit(false);
        w.WriteBit(true);
        w.WriteBit(false); // no PCM
        w.WriteUe(2); // two short-term ref pic sets
        w.WriteUe(2); // set 0: two negative, one positive
        w.WriteUe(1);
        for (var i = 0; i < 3; i++)
        {
            w.WriteUe(0);
            w.WriteBit(true);
        }

        w.WriteBit(true); // set 1 predicted from set 0: NumDeltaPocs[0] = 3 → 4 entries
        w.WriteBit(false);
        w.WriteUe(0);
        w.WriteBit(true);
        w.WriteBit(false);
        w.WriteBit(true); // use_delta
        w.WriteBit(false);
        w.WriteBit(false); // not used
        w.WriteBit(true);
        w.WriteBit(true); // long-term present
        w.WriteUe(1);
        w.WriteBits(5, 8);
        w.WriteBit(true);
        w.WriteBit(true);
        w.WriteBit(true);
        w.WriteBit(true); // VUI
        w.WriteBit(false);
        w.WriteBit(false);
        w.WriteBit(false);
        w.WriteBit(false);
        w.WriteBits(0, 3);
        w.WriteBit(true); // default display window
        w.WriteUe(0);
        w.WriteUe(0);
        w.WriteUe(0);
        w.WriteUe(0);
        w.WriteBit(true); // timing
        w.WriteBits(1001, 32);
        w.WriteBits(30000, 32);
        w.WriteBit(false);
        w.WriteTrailingBits();
        var nal = w.ToNalUnit([0x42, 0x01]);

        Assert.True(H265SpsParser.TryParse(nal, out var info));

        Assert.Equal((2, 2, 2), (info.SpsId, info.MaxSubLayers, info.GeneralProfileIdc));
        Assert.True(info.GeneralTierFlag);
        Assert.Equal(153, info.GeneralLevelIdc);
        Assert.Equal((3840, 2160, 3832, 2154), (info.CodedWidth, info.CodedHeight, info.Width, info.Height));
        Assert.Equal((2, 10, 10, 8), (info.ChromaFormatIdc, info.BitDepthLuma, info.BitDepthChroma, info.Log2MaxPicOrderCountLsb));
        Assert.Equal(30000.0 / 1001, info.FrameRate!.Value, 6);
    }

    [Fact]
    public void TryParse_EveryTruncation_NeverThrows()
    {
        var sps = MediaFixtures.H265Sps("h265_main_1918x1078_15fps.hevc");
        for (var length = 0; length <= sps.Length; length++)
        {
            if (H265SpsParser.TryParse(sps.AsSpan(0, length), out var info))
            {
                Assert.Equal(1918, info.Width);
            }
        }
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void TryParse_RandomBytes_NeverThrows(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 5000; i++)
        {
            var data = new byte[random.Next(2, 80)];
            random.NextBytes(data);
            data[0] = 0x42;
            if (H265SpsParser.TryParse(data, out var info))
            {
                Assert.InRange(info.Width, 1, H265SpsParser.MaxDimension);
                Assert.InRange(info.Height, 1, H265SpsParser.MaxDimension);
            }
        }
    }

    [Fact]
    public void TryParse_NotAnSps_ReturnsFalse()
    {
        var vps = MediaFixtures.FirstNal("h265_main_640x360_25fps.hevc", n => H265NalUnit.TypeOf(n.Span) == H265NalUnitType.Vps);
        Assert.False(H265SpsParser.TryParse(vps, out _));
        Assert.False(H265SpsParser.TryParse([0x42, 0x01], out _));
    }
}
