using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class H264SpsParserTests
{
    [Theory]
    [InlineData("h264_high_1920x1080_12fps.h264", 100, 40, 1920, 1080, 12.0, 1)]
    [InlineData("h264_baseline_640x360_25fps.h264", 66, 30, 640, 360, 25.0, 1)]
    [InlineData("h264_main_640x360_30fps.h264", 77, 30, 640, 360, 30.0, 1)]
    [InlineData("h264_high_1918x1078_12fps.h264", 100, 40, 1918, 1078, 12.0, 1)]
    [InlineData("h264_high_cqm_320x240_10fps.h264", 100, 12, 320, 240, 10.0, 1)]
    [InlineData("h264_high444_352x288_15fps.h264", 244, 12, 352, 288, 15.0, 3)]
    [InlineData("h264_high_interlaced_1920x1080_25fps.h264", 100, 40, 1920, 1080, 25.0, 1)]
    public void TryParse_FfmpegStreams_MatchesEncoderSettings(string file, int profile, int level, int width, int height, double fps, int chroma)
    {
        var sps = MediaFixtures.H264Sps(file);

        Assert.True(H264SpsParser.TryParse(sps, out var info));

        Assert.Equal(profile, info.ProfileIdc);
        Assert.Equal(level, info.LevelIdc);
        Assert.Equal(width, info.Width);
        Assert.Equal(height, info.Height);
        Assert.Equal(fps, info.FrameRate);
        Assert.Equal(chroma, info.ChromaFormatIdc);
        Assert.Equal(0, info.SpsId);
        Assert.Equal(sps[2], info.ConstraintFlags);
        Assert.Equal(Convert.ToHexString(sps, 1, 3), info.ProfileLevelId);
        Assert.Equal(info.ProfileLevelId, new H264Parameters(sps, [0x68]).ProfileLevelId);
    }

    [Fact]
    public void TryParse_OddSize_AppliesCropping()
    {
        Assert.True(H264SpsParser.TryParse(MediaFixtures.H264Sps("h264_high_1918x1078_12fps.h264"), out var info));
        Assert.Equal(1920, info.CodedWidth);
        Assert.Equal(1088, info.CodedHeight);
        Assert.Equal(1918, info.Width);
        Assert.Equal(1078, info.Height);
    }

    [Fact]
    public void TryParse_Interlaced_DoublesMapUnits()
    {
        Assert.True(H264SpsParser.TryParse(MediaFixtures.H264Sps("h264_high_interlaced_1920x1080_25fps.h264"), out var info));
        Assert.False(info.FrameMbsOnly);
        Assert.Equal(1088, info.CodedHeight);
        Assert.Equal(1080, info.Height);
    }

    [Fact]
    public void TryParse_SyntheticSps_ReadsEveryField()
    {
        // main profile, level 3.1, sps id 3, poc type 1 with a 2-entry cycle, 1280x720 with cropping, VUI SAR 4:3 + timing
        var w = new BitWriter();
        w.WriteBits(77, 8);
        w.WriteBits(0x40, 8);
        w.WriteBits(31, 8);
        w.WriteUe(3); // sps id
        w.WriteUe(2); // log2_max_frame_num_minus4
        w.WriteUe(1); // poc type 1
        w.WriteBit(false);
        w.WriteSe(-2);
        w.WriteSe(3);
        w.WriteUe(2);
        w.WriteSe(5);
        w.WriteSe(-5);
        w.WriteUe(4); // max_num_ref_frames
        w.WriteBit(false);
        w.WriteUe(79); // 80 MBs = 1280
        w.WriteUe(45); // 46 map units = 736
        w.WriteBit(true); // frame_mbs_only
        w.WriteBit(true); // direct_8x8
        w.WriteBit(true); // cropping
        w.WriteUe(1);
        w.WriteUe(2); // left/right: 2×(1+2) = 6
        w.WriteUe(0);
        w.WriteUe(8); // bottom: 2×8 = 16
        w.WriteBit(true); // VUI
        w.WriteBit(true);
        w.WriteBits(14, 8); // SAR 4:3
        w.WriteBit(false);
        w.WriteBit(false);
        w.WriteBit(false);
        w.WriteBit(true); // timing
        w.WriteBits(1001, 32);
        w.WriteBits(60000, 32);
        w.WriteBit(true);
        w.WriteTrailingBits();
        var nal = w.ToNalUnit([0x67]);

        Assert.True(H264SpsParser.TryParse(nal, out var info));

        Assert.Equal((77, 0x40, 31, 3), (info.ProfileIdc, info.ConstraintFlags, info.LevelIdc, info.SpsId));
        Assert.Equal((6, 1, 0), (info.Log2MaxFrameNum, info.PicOrderCountType, info.Log2MaxPicOrderCountLsb));
        Assert.Equal(4, info.MaxNumRefFrames);
        Assert.Equal((1280, 736, 1274, 720), (info.CodedWidth, info.CodedHeight, info.Width, info.Height));
        Assert.Equal((4, 3), (info.SarWidth, info.SarHeight));
        Assert.Equal(30000.0 / 1001, info.FrameRate!.Value, 6);
        Assert.True(info.FixedFrameRate);
        Assert.Equal("4D401F", info.ProfileLevelId);
    }

    [Fact]
    public void TryParse_NotAnSps_ReturnsFalse()
    {
        var pps = MediaFixtures.FirstNal("h264_high_1920x1080_12fps.h264", n => H264NalUnit.TypeOf(n.Span) == H264NalUnitType.Pps);
        Assert.False(H264SpsParser.TryParse(pps, out _));
        Assert.False(H264SpsParser.TryParse([], out _));
        Assert.False(H264SpsParser.TryParse(new byte[H264SpsParser.MaxSpsLength + 1], out _));
    }

    [Fact]
    public void TryParse_EveryTruncation_NeverThrows()
    {
        var sps = MediaFixtures.H264Sps("h264_high_1920x1080_12fps.h264");
        var parsedSomewhere = false;
        for (var length = 0; length <= sps.Length; length++)
        {
            if (H264SpsParser.TryParse(sps.AsSpan(0, length), out var info))
            {
                parsedSomewhere = true;
                Assert.Equal(1920, info.Width); // a truncation may lose the VUI, never the picture size
            }
        }

        Assert.True(parsedSomewhere);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void TryParse_RandomBytes_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var accepted = 0;
        for (var i = 0; i < 5000; i++)
        {
            var data = new byte[random.Next(1, 64)];
            random.NextBytes(data);
            data[0] = 0x67;
            if (H264SpsParser.TryParse(data, out var info))
            {
                accepted++;
                Assert.InRange(info.Width, 1, H264SpsParser.MaxDimension);
                Assert.InRange(info.Height, 1, H264SpsParser.MaxDimension);
            }
        }

        Assert.True(accepted < 5000);
    }
}
