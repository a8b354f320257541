namespace Vms.Simulators.Video.Encoding;

/// <summary>Writes the sequence and picture parameter sets (H.264 §7.3.2.1.1, §7.3.2.2, VUI Annex E.1.1).</summary>
internal static class ParameterSetWriter
{
    /// <summary>The SPS NAL unit (nal_ref_idc 3, type 7) for <paramref name="config"/>.</summary>
    public static byte[] CreateSps(EncoderConfiguration config)
    {
        var w = new BitWriter(64);
        w.WriteBits((uint)config.ProfileIdc, 8);
        var baseline = config.Profile == H264Profile.ConstrainedBaseline;
        w.WriteBit(baseline); // constraint_set0_flag: obeys Baseline
        w.WriteBit(true); // constraint_set1_flag: obeys Main (no FMO/ASO/redundant slices)
        w.WriteBits(0, 4); // constraint_set2..5
        w.WriteBits(0, 2); // reserved_zero_2bits
        w.WriteBits((uint)config.LevelIdc, 8);
        w.WriteUe(0); // seq_parameter_set_id
        w.WriteUe(EncoderConfiguration.Log2MaxFrameNum - 4);
        w.WriteUe(2); // pic_order_cnt_type 2: output order = decoding order, no POC fields in slices
        w.WriteUe(1); // max_num_ref_frames
        w.WriteBit(false); // gaps_in_frame_num_value_allowed_flag
        w.WriteUe((uint)(config.WidthInMbs - 1));
        w.WriteUe((uint)(config.HeightInMbs - 1)); // pic_height_in_map_units_minus1 (frame_mbs_only)
        w.WriteBit(true); // frame_mbs_only_flag
        w.WriteBit(true); // direct_8x8_inference_flag
        var crop = config.CropRight != 0 || config.CropBottom != 0;
        w.WriteBit(crop);
        if (crop)
        {
            w.WriteUe(0); // left
            w.WriteUe((uint)config.CropRight);
            w.WriteUe(0); // top
            w.WriteUe((uint)config.CropBottom);
        }

        w.WriteBit(true); // vui_parameters_present_flag
        WriteVui(w, config);
        w.WriteTrailingBits();
        return NalUnitWriter.Create(3, NalUnitWriter.TypeSps, w.WrittenSpan);
    }

    /// <summary>The PPS NAL unit (nal_ref_idc 3, type 8): CAVLC, QP 22, chroma offset −12, deblocking control present.</summary>
    public static byte[] CreatePps()
    {
        var w = new BitWriter(16);
        w.WriteUe(0); // pic_parameter_set_id
        w.WriteUe(0); // seq_parameter_set_id
        w.WriteBit(false); // entropy_coding_mode_flag: CAVLC
        w.WriteBit(false); // bottom_field_pic_order_in_frame_present_flag
        w.WriteUe(0); // num_slice_groups_minus1
        w.WriteUe(0); // num_ref_idx_l0_default_active_minus1
        w.WriteUe(0); // num_ref_idx_l1_default_active_minus1
        w.WriteBit(false); // weighted_pred_flag
        w.WriteBits(0, 2); // weighted_bipred_idc
        w.WriteSe(EncoderConfiguration.SliceQp - 26); // pic_init_qp_minus26
        w.WriteSe(0); // pic_init_qs_minus26
        w.WriteSe(EncoderConfiguration.ChromaQpIndexOffset);
        w.WriteBit(true); // deblocking_filter_control_present_flag: slices switch the filter off
        w.WriteBit(false); // constrained_intra_pred_flag
        w.WriteBit(false); // redundant_pic_cnt_present_flag
        w.WriteTrailingBits();
        return NalUnitWriter.Create(3, NalUnitWriter.TypePps, w.WrittenSpan);
    }

    private static void WriteVui(BitWriter w, EncoderConfiguration config)
    {
        w.WriteBit(true); // aspect_ratio_info_present_flag
        w.WriteBits(1, 8); // aspect_ratio_idc 1: square samples
        w.WriteBit(false); // overscan_info_present_flag
        w.WriteBit(true); // video_signal_type_present_flag
        w.WriteBits(5, 3); // video_format: unspecified
        w.WriteBit(false); // video_full_range_flag: 16..235 luma, 16..240 chroma
        w.WriteBit(true); // colour_description_present_flag
        w.WriteBits(6, 8); // colour_primaries: SMPTE 170M (BT.601 525)
        w.WriteBits(6, 8); // transfer_characteristics
        w.WriteBits(6, 8); // matrix_coefficients: BT.601, the matrix the scene is drawn with
        w.WriteBit(false); // chroma_loc_info_present_flag
        w.WriteBit(true); // timing_info_present_flag
        w.WriteBits(1000, 32); // num_units_in_tick
        w.WriteBits((uint)(2000 * config.FramesPerSecond), 32); // time_scale: a frame is two ticks
        w.WriteBit(true); // fixed_frame_rate_flag
        w.WriteBit(false); // nal_hrd_parameters_present_flag
        w.WriteBit(false); // vcl_hrd_parameters_present_flag
        w.WriteBit(false); // pic_struct_present_flag
        w.WriteBit(true); // bitstream_restriction_flag
        w.WriteBit(true); // motion_vectors_over_pic_boundaries_flag
        w.WriteUe(0); // max_bytes_per_pic_denom: no limit
        w.WriteUe(0); // max_bits_per_mb_denom: no limit (I_PCM macroblocks are 3072+ bits)
        w.WriteUe(15); // log2_max_mv_length_horizontal
        w.WriteUe(15); // log2_max_mv_length_vertical
        w.WriteUe(0); // max_num_reorder_frames: no reordering, a decoder outputs each picture at once
        w.WriteUe(1); // max_dec_frame_buffering
    }
}
