namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// The fixed coding choices of one coded video sequence (from one IDR to the next), derived from the
/// stream settings: picture size in macroblocks, cropping, level and the quantiser set-up that makes the
/// DC-only intra macroblocks reconstruct exactly (see <see cref="MacroblockWriter"/>).
/// </summary>
internal sealed record EncoderConfiguration
{
    /// <summary>QP_Y of every slice. With QP 22 one Intra16x16 DC level of 2 moves every luma sample by exactly 1.</summary>
    public const int SliceQp = 22;

    /// <summary>chroma_qp_index_offset: QP_C = 10, where one chroma DC level of 4 moves a 4×4 chroma block by exactly 1.</summary>
    public const int ChromaQpIndexOffset = -12;

    /// <summary>log2_max_frame_num; frame_num wraps every 256 pictures (allowed, no gaps).</summary>
    public const int Log2MaxFrameNum = 8;

    public EncoderConfiguration(int width, int height, int framesPerSecond, int bitrateKbps, H264Profile profile)
    {
        Width = width;
        Height = height;
        FramesPerSecond = framesPerSecond;
        Profile = profile;
        WidthInMbs = (width + 15) / 16;
        HeightInMbs = (height + 15) / 16;
        LevelIdc = H264Level.Select(WidthInMbs, HeightInMbs, framesPerSecond, bitrateKbps);
    }

    public int Width { get; }

    public int Height { get; }

    public int FramesPerSecond { get; }

    public H264Profile Profile { get; }

    public int WidthInMbs { get; }

    public int HeightInMbs { get; }

    public int MacroblockCount => WidthInMbs * HeightInMbs;

    public int CodedWidth => WidthInMbs * 16;

    public int CodedHeight => HeightInMbs * 16;

    /// <summary>frame_crop_right_offset in 4:2:0 crop units (2 samples).</summary>
    public int CropRight => (CodedWidth - Width) / 2;

    /// <summary>frame_crop_bottom_offset in 4:2:0 crop units (2 lines, frame_mbs_only).</summary>
    public int CropBottom => (CodedHeight - Height) / 2;

    public int LevelIdc { get; }

    public int ProfileIdc => Profile == H264Profile.Main ? 77 : 66;
}
