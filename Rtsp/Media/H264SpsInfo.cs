namespace Vms.Rtsp.Media;

/// <summary>What an H.264 sequence parameter set says about the pictures (see <see cref="H264SpsParser"/>).</summary>
public sealed record H264SpsInfo
{
    /// <summary>profile_idc (66 baseline, 77 main, 100 high, …).</summary>
    public required int ProfileIdc { get; init; }

    /// <summary>The byte holding constraint_set0..5_flag (bit 7 = set0) and the two reserved bits.</summary>
    public required byte ConstraintFlags { get; init; }

    /// <summary>level_idc (e.g. 40 for level 4.0; 9 for 1b in some encoders).</summary>
    public required int LevelIdc { get; init; }

    /// <summary>seq_parameter_set_id (0..31).</summary>
    public required int SpsId { get; init; }

    /// <summary>chroma_format_idc: 0 monochrome, 1 4:2:0, 2 4:2:2, 3 4:4:4.</summary>
    public required int ChromaFormatIdc { get; init; }

    public required bool SeparateColourPlane { get; init; }

    public required int BitDepthLuma { get; init; }

    public required int BitDepthChroma { get; init; }

    /// <summary>log2_max_frame_num_minus4 + 4.</summary>
    public required int Log2MaxFrameNum { get; init; }

    /// <summary>pic_order_cnt_type (0..2).</summary>
    public required int PicOrderCountType { get; init; }

    /// <summary>log2_max_pic_order_cnt_lsb_minus4 + 4 when <see cref="PicOrderCountType"/> is 0, else 0.</summary>
    public required int Log2MaxPicOrderCountLsb { get; init; }

    public required int MaxNumRefFrames { get; init; }

    /// <summary>frame_mbs_only_flag: false for interlaced (field or MBAFF) coding.</summary>
    public required bool FrameMbsOnly { get; init; }

    /// <summary>Luma width of the decoded picture before cropping (a multiple of 16).</summary>
    public required int CodedWidth { get; init; }

    /// <summary>Luma height of the decoded frame before cropping.</summary>
    public required int CodedHeight { get; init; }

    /// <summary>Displayed width (frame cropping applied).</summary>
    public required int Width { get; init; }

    /// <summary>Displayed height (frame cropping applied).</summary>
    public required int Height { get; init; }

    /// <summary>Sample aspect ratio width (1 when the VUI does not say).</summary>
    public int SarWidth { get; init; } = 1;

    /// <summary>Sample aspect ratio height (1 when the VUI does not say).</summary>
    public int SarHeight { get; init; } = 1;

    /// <summary>VUI num_units_in_tick (0 without timing_info).</summary>
    public uint NumUnitsInTick { get; init; }

    /// <summary>VUI time_scale (0 without timing_info).</summary>
    public uint TimeScale { get; init; }

    /// <summary>VUI fixed_frame_rate_flag.</summary>
    public bool FixedFrameRate { get; init; }

    /// <summary>Frames per second from the VUI timing (time_scale / (2 × num_units_in_tick)), or null.</summary>
    public double? FrameRate => NumUnitsInTick > 0 && TimeScale > 0 ? TimeScale / (2.0 * NumUnitsInTick) : null;

    /// <summary>The SDP profile-level-id: profile_idc, constraint flags and level_idc as 6 hex digits.</summary>
    public string ProfileLevelId => $"{ProfileIdc:X2}{ConstraintFlags:X2}{LevelIdc:X2}";
}
