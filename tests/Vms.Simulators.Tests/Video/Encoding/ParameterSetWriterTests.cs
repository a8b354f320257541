using Vms.Simulators.Video;
using Vms.Simulators.Video.Encoding;

namespace Vms.Simulators.Tests.Video.Encoding;

/// <summary>SPS/PPS fields read back with the independent test reader.</summary>
public sealed class ParameterSetWriterTests
{
    [Theory]
    [InlineData(640, 360, 12, H264Profile.ConstrainedBaseline, 22, 40, 23, 0, 4)]
    [InlineData(1920, 1080, 12, H264Profile.ConstrainedBaseline, 40, 120, 68, 0, 4)]
    [InlineData(1920, 1080, 25, H264Profile.Main, 40, 120, 68, 0, 4)]
    [InlineData(176, 144, 25, H264Profile.ConstrainedBaseline, 20, 11, 9, 0, 0)] // 2 Mbit/s needs level 2
    [InlineData(650, 362, 10, H264Profile.ConstrainedBaseline, 22, 41, 23, 3, 3)]
    [InlineData(3840, 2160, 30, H264Profile.Main, 51, 240, 135, 0, 0)]
    public void CreateSps_FieldsReadBack(int width, int height, int fps, H264Profile profile, int level, int widthMbs, int heightMbs, int cropRight, int cropBottom)
    {
        var config = new EncoderConfiguration(width, height, fps, 2000, profile);
        var sps = ParameterSetWriter.CreateSps(config);

        Assert.Equal(0x67, sps[0]); // nal_ref_idc 3, nal_unit_type 7
        var r = new RbspReader(sps.AsSpan(1), escaped: true);
        Assert.Equal(profile == H264Profile.Main ? 77u : 66u, r.U(8));
        Assert.Equal(profile == H264Profile.ConstrainedBaseline, r.Flag()); // constraint_set0
        Assert.True(r.Flag()); // constraint_set1
        Assert.Equal(0u, r.U(6)); // constraint_set2..5, reserved
        Assert.Equal((uint)level, r.U(8));
        Assert.Equal(0u, r.Ue()); // sps id
        Assert.Equal(4u, r.Ue()); // log2_max_frame_num_minus4
        Assert.Equal(2u, r.Ue()); // pic_order_cnt_type
        Assert.Equal(1u, r.Ue()); // max_num_ref_frames
        Assert.False(r.Flag()); // gaps
        Assert.Equal((uint)widthMbs - 1, r.Ue());
        Assert.Equal((uint)heightMbs - 1, r.Ue());
        Assert.True(r.Flag()); // frame_mbs_only
        Assert.True(r.Flag()); // direct_8x8_inference
        var cropping = r.Flag();
        Assert.Equal(cropRight != 0 || cropBottom != 0, cropping);
        if (cropping)
        {
            Assert.Equal(0u, r.Ue());
            Assert.Equal((uint)cropRight, r.Ue());
            Assert.Equal(0u, r.Ue());
            Assert.Equal((uint)cropBottom, r.Ue());
        }

        Assert.Equal(width, (widthMbs * 16) - (2 * cropRight));
        Assert.Equal(height, (heightMbs * 16) - (2 * cropBottom));
        Assert.True(r.Flag()); // vui
        Assert.True(r.Flag()); // aspect_ratio_info
        Assert.Equal(1u, r.U(8)); // square samples
        Assert.False(r.Flag()); // overscan
        Assert.True(r.Flag()); // video_signal_type
        Assert.Equal(5u, r.U(3));
        Assert.False(r.Flag()); // limited range
        Assert.True(r.Flag()); // colour description
        Assert.Equal([6u, 6u, 6u], new[] { r.U(8), r.U(8), r.U(8) }); // BT.601
        Assert.False(r.Flag()); // chroma loc
        Assert.True(r.Flag()); // timing
        var tick = r.U(32);
        var scale = r.U(32);
        Assert.Equal((double)fps, scale / (2.0 * tick));
        Assert.True(r.Flag()); // fixed frame rate
        Assert.False(r.Flag()); // nal hrd
        Assert.False(r.Flag()); // vcl hrd
        Assert.False(r.Flag()); // pic_struct
        Assert.True(r.Flag()); // bitstream_restriction
        Assert.True(r.Flag());
        Assert.Equal(0u, r.Ue());
        Assert.Equal(0u, r.Ue());
        Assert.Equal(15u, r.Ue());
        Assert.Equal(15u, r.Ue());
        Assert.Equal(0u, r.Ue()); // max_num_reorder_frames
        Assert.Equal(1u, r.Ue()); // max_dec_frame_buffering
        Assert.True(r.AtTrailingBits());
    }

    [Fact]
    public void CreatePps_FieldsReadBack()
    {
        var pps = ParameterSetWriter.CreatePps();

        Assert.Equal(0x68, pps[0]);
        var r = new RbspReader(pps.AsSpan(1), escaped: true);
        Assert.Equal(0u, r.Ue()); // pps id
        Assert.Equal(0u, r.Ue()); // sps id
        Assert.False(r.Flag()); // CAVLC
        Assert.False(r.Flag()); // bottom_field_pic_order_in_frame_present
        Assert.Equal(0u, r.Ue()); // slice groups
        Assert.Equal(0u, r.Ue());
        Assert.Equal(0u, r.Ue());
        Assert.False(r.Flag()); // weighted pred
        Assert.Equal(0u, r.U(2));
        Assert.Equal(-4, r.Se()); // QP 22
        Assert.Equal(0, r.Se());
        Assert.Equal(-12, r.Se()); // chroma QP 10
        Assert.True(r.Flag()); // deblocking control present
        Assert.False(r.Flag()); // constrained intra pred
        Assert.False(r.Flag()); // redundant_pic_cnt
        Assert.True(r.AtTrailingBits());
    }

    [Theory]
    [InlineData(176, 144, 12, 0, 10)]
    [InlineData(352, 288, 12, 0, 12)] // 396 MBs x 12 = 4752 MB/s
    [InlineData(640, 480, 12, 0, 22)]
    [InlineData(1280, 720, 25, 0, 31)]
    [InlineData(1280, 720, 12, 16_000, 32)] // bitrate above level 3.1's 14 Mbit/s
    [InlineData(1920, 1080, 30, 0, 40)]
    [InlineData(1920, 1080, 60, 0, 42)]
    [InlineData(3840, 2160, 30, 0, 51)]
    [InlineData(4096, 2304, 30, 0, 52)]
    [InlineData(4096, 2304, 60, 0, 52)] // beyond every level: the highest
    public void Level_Select_LowestThatFits(int width, int height, int fps, int kbps, int expected)
    {
        Assert.Equal(expected, H264Level.Select((width + 15) / 16, (height + 15) / 16, fps, kbps));
    }
}
