namespace Vms.Rtsp.Media;

/// <summary>What an H.265 sequence parameter set says about the pictures (see <see cref="H265SpsParser"/>).</summary>
public sealed record H265SpsInfo
{
    /// <summary>sps_video_parameter_set_id.</summary>
    public required int VpsId { get; init; }

    /// <summary>sps_seq_parameter_set_id (0..15).</summary>
    public required int SpsId { get; init; }

    /// <summary>sps_max_sub_layers_minus1 + 1.</summary>
    public required int MaxSubLayers { get; init; }

    /// <summary>general_profile_space (0 for the profiles of the standard).</summary>
    public required int GeneralProfileSpace { get; init; }

    /// <summary>general_tier_flag: false Main tier, true High tier.</summary>
    public required bool GeneralTierFlag { get; init; }

    /// <summary>general_profile_idc (1 Main, 2 Main 10, 3 Main Still Picture, 4 range extensions, …).</summary>
    public required int GeneralProfileIdc { get; init; }

    /// <summary>general_profile_compatibility_flag[0..31], flag j in bit 31 − j.</summary>
    public required uint GeneralProfileCompatibilityFlags { get; init; }

    /// <summary>general_level_idc: 30 × the level number (93 = level 3.1).</summary>
    public required int GeneralLevelIdc { get; init; }

    /// <summary>chroma_format_idc: 0 monochrome, 1 4:2:0, 2 4:2:2, 3 4:4:4.</summary>
    public required int ChromaFormatIdc { get; init; }

    public required bool SeparateColourPlane { get; init; }

    public required int BitDepthLuma { get; init; }

    public required int BitDepthChroma { get; init; }

    /// <summary>pic_width_in_luma_samples (before the conformance window).</summary>
    public required int CodedWidth { get; init; }

    /// <summary>pic_height_in_luma_samples (before the conformance window).</summary>
    public required int CodedHeight { get; init; }

    /// <summary>Output width (conformance window applied).</summary>
    public required int Width { get; init; }

    /// <summary>Output height (conformance window applied).</summary>
    public required int Height { get; init; }

    /// <summary>log2_max_pic_order_cnt_lsb_minus4 + 4.</summary>
    public required int Log2MaxPicOrderCountLsb { get; init; }

    /// <summary>VUI vui_num_units_in_tick (0 when the SPS carries no timing).</summary>
    public uint NumUnitsInTick { get; init; }

    /// <summary>VUI vui_time_scale (0 when the SPS carries no timing).</summary>
    public uint TimeScale { get; init; }

    /// <summary>Frames per second from the VUI timing (time_scale / num_units_in_tick), or null.</summary>
    public double? FrameRate => NumUnitsInTick > 0 && TimeScale > 0 ? (double)TimeScale / NumUnitsInTick : null;
}
