namespace Vms.Rtsp.Media;

/// <summary>Parses an H.265 sequence parameter set (H.265 §7.3.2.2, profile_tier_level §7.3.3, VUI timing §E.2.1).</summary>
public static class H265SpsParser
{
    /// <summary>SPS NAL units longer than this are refused.</summary>
    public const int MaxSpsLength = 4096;

    /// <summary>Largest picture side accepted, in luma samples.</summary>
    public const int MaxDimension = 16384;

    /// <summary>
    /// Parses <paramref name="nal"/> (a whole SPS NAL unit with its two header bytes, without start code); false when
    /// it is not an SPS, is truncated, or holds values out of the standard's ranges. The VUI timing is read when the
    /// rest of the SPS parses; a damaged tail only loses it.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> nal, out H265SpsInfo info)
    {
        info = null!;
        if (nal.Length < 6 || nal.Length > MaxSpsLength || H265NalUnit.TypeOf(nal[0]) != H265NalUnitType.Sps)
        {
            return false;
        }

        Span<byte> rbsp = stackalloc byte[nal.Length - 2];
        var n = EmulationPrevention.Remove(nal[2..], rbsp);
        var r = new BitReader(rbsp[..n]);

        var vpsId = (int)r.ReadBits(4);
        var maxSubLayersMinus1 = (int)r.ReadBits(3);
        r.ReadFlag(); // sps_temporal_id_nesting_flag
        if (maxSubLayersMinus1 > 6)
        {
            return false;
        }

        // profile_tier_level(1, sps_max_sub_layers_minus1)
        var profileSpace = (int)r.ReadBits(2);
        var tier = r.ReadFlag();
        var profileIdc = (int)r.ReadBits(5);
        var compatibility = r.ReadBits(32);
        r.SkipBits(4 + 43 + 1); // source flags, constraint bits, general_inbld_flag / reserved
        var levelIdc = (int)r.ReadBits(8);
        Span<bool> subProfilePresent = stackalloc bool[8];
        Span<bool> subLevelPresent = stackalloc bool[8];
        for (var i = 0; i < maxSubLayersMinus1; i++)
        {
            subProfilePresent[i] = r.ReadFlag();
            subLevelPresent[i] = r.ReadFlag();
        }

        if (maxSubLayersMinus1 > 0)
        {
            r.SkipBits(2 * (8 - maxSubLayersMinus1)); // reserved_zero_2bits
        }

        for (var i = 0; i < maxSubLayersMinus1; i++)
        {
            r.SkipBits((subProfilePresent[i] ? 88 : 0) + (subLevelPresent[i] ? 8 : 0));
        }

        var spsId = r.ReadUe();
        var chroma = r.ReadUe();
        if (r.HasError || spsId > 15 || chroma > 3)
        {
            return false;
        }

        var separatePlanes = chroma == 3 && r.ReadFlag();
        var width = r.ReadUe();
        var height = r.ReadUe();
        uint left = 0, right = 0, top = 0, bottom = 0;
        if (r.ReadFlag())
        {
            left = r.ReadUe();
            right = r.ReadUe();
            top = r.ReadUe();
            bottom = r.ReadUe();
        }

        var depthLuma = r.ReadUe();
        var depthChroma = r.ReadUe();
        var log2MaxPocLsbMinus4 = r.ReadUe();
        if (r.HasError || width == 0 || height == 0 || width > MaxDimension || height > MaxDimension ||
            depthLuma > 8 || depthChroma > 8 || log2MaxPocLsbMinus4 > 12)
        {
            return false;
        }

        // Table 6-1: SubWidthC/SubHeightC (1 for monochrome, 4:4:4 and separate planes)
        var chromaArrayType = separatePlanes ? 0 : chroma;
        var subWidthC = chromaArrayType is 1 or 2 ? 2 : 1;
        var subHeightC = chromaArrayType == 1 ? 2 : 1;
        var outWidth = width - ((long)subWidthC * (left + right));
        var outHeight = height - ((long)subHeightC * (top + bottom));
        if (outWidth <= 0 || outHeight <= 0)
        {
            return false;
        }

        var result = new H265SpsInfo
        {
            VpsId = vpsId,
            SpsId = (int)spsId,
            MaxSubLayers = maxSubLayersMinus1 + 1,
            GeneralProfileSpace = profileSpace,
            GeneralTierFlag = tier,
            GeneralProfileIdc = profileIdc,
            GeneralProfileCompatibilityFlags = compatibility,
            GeneralLevelIdc = levelIdc,
            ChromaFormatIdc = (int)chroma,
            SeparateColourPlane = separatePlanes,
            BitDepthLuma = (int)depthLuma + 8,
            BitDepthChroma = (int)depthChroma + 8,
            CodedWidth = (int)width,
            CodedHeight = (int)height,
            Width = (int)outWidth,
            Height = (int)outHeight,
            Log2MaxPicOrderCountLsb = (int)log2MaxPocLsbMinus4 + 4,
        };

        if (TryReadTiming(ref r, maxSubLayersMinus1, (int)log2MaxPocLsbMinus4 + 4, out var units, out var scale))
        {
            result = result with { NumUnitsInTick = units, TimeScale = scale };
        }

        info = result;
        return true;
    }

    private static bool TryReadTiming(ref BitReader r, int maxSubLayersMinus1, int log2MaxPocLsb, out uint units, out uint scale)
    {
        units = 0;
        scale = 0;
        var orderingInfo = r.ReadFlag();
        for (var i = orderingInfo ? 0 : maxSubLayersMinus1; i <= maxSubLayersMinus1; i++)
        {
            r.ReadUe(); // sps_max_dec_pic_buffering_minus1
            r.ReadUe(); // sps_max_num_reorder_pics
            r.ReadUe(); // sps_max_latency_increase_plus1
        }

        r.ReadUe(); // log2_min_luma_coding_block_size_minus3
        r.ReadUe(); // log2_diff_max_min_luma_coding_block_size
        r.ReadUe(); // log2_min_luma_transform_block_size_minus2
        r.ReadUe(); // log2_diff_max_min_luma_transform_block_size
        r.ReadUe(); // max_transform_hierarchy_depth_inter
        r.ReadUe(); // max_transform_hierarchy_depth_intra
        if (r.ReadFlag() && r.ReadFlag())
        {
            // scaling_list_enabled_flag and sps_scaling_list_data_present_flag
            SkipScalingListData(ref r);
        }

        r.ReadFlag(); // amp_enabled_flag
        r.ReadFlag(); // sample_adaptive_offset_enabled_flag
        if (r.ReadFlag())
        {
            // pcm_enabled_flag
            r.SkipBits(8); // pcm sample bit depths
            r.ReadUe();
            r.ReadUe();
            r.ReadFlag();
        }

        var sets = r.ReadUe();
        if (r.HasError || sets > 64)
        {
            return false;
        }

        Span<int> deltaPocs = stackalloc int[65];
        for (var i = 0; i < (int)sets; i++)
        {
            if (!SkipShortTermRefPicSet(ref r, i, deltaPocs))
            {
                return false;
            }
        }

        if (r.ReadFlag())
        {
            // long_term_ref_pics_present_flag
            var count = r.ReadUe();
            if (count > 32)
            {
                return false;
            }

            for (var i = 0; i < count && !r.HasError; i++)
            {
                r.SkipBits(log2MaxPocLsb + 1); // lt_ref_pic_poc_lsb_sps, used_by_curr_pic_lt_sps_flag
            }
        }

        r.ReadFlag(); // sps_temporal_mvp_enabled_flag
        r.ReadFlag(); // strong_intra_smoothing_enabled_flag
        if (!r.ReadFlag() || r.HasError)
        {
            return false; // no VUI
        }

        // vui_parameters (§E.2.1) up to the timing info
        if (r.ReadFlag() && r.ReadBits(8) == 255)
        {
            r.SkipBits(32); // sar_width, sar_height
        }

        if (r.ReadFlag())
        {
            r.ReadFlag(); // overscan_appropriate_flag
        }

        if (r.ReadFlag())
        {
            r.SkipBits(4);
            if (r.ReadFlag())
            {
                r.SkipBits(24);
            }
        }

        if (r.ReadFlag())
        {
            r.ReadUe();
            r.ReadUe();
        }

        r.SkipBits(3); // neutral_chroma_indication_flag, field_seq_flag, frame_field_info_present_flag
        if (r.ReadFlag())
        {
            // default_display_window_flag
            r.ReadUe();
            r.ReadUe();
            r.ReadUe();
            r.ReadUe();
        }

        if (!r.ReadFlag())
        {
            return false; // no vui_timing_info
        }

        units = r.ReadBits(32);
        scale = r.ReadBits(32);
        return !r.HasError;
    }

    private static void SkipScalingListData(ref BitReader r)
    {
        for (var sizeId = 0; sizeId < 4; sizeId++)
        {
            for (var matrixId = 0; matrixId < 6 && !r.HasError; matrixId += sizeId == 3 ? 3 : 1)
            {
                if (!r.ReadFlag())
                {
                    r.ReadUe(); // scaling_list_pred_matrix_id_delta
                    continue;
                }

                var coefficients = Math.Min(64, 1 << (4 + (sizeId << 1)));
                if (sizeId > 1)
                {
                    r.ReadSe(); // scaling_list_dc_coef_minus8
                }

                for (var i = 0; i < coefficients && !r.HasError; i++)
                {
                    r.ReadSe(); // scaling_list_delta_coef
                }
            }
        }
    }

    private static bool SkipShortTermRefPicSet(ref BitReader r, int index, scoped Span<int> deltaPocs)
    {
        // §7.3.7: only NumDeltaPocs of each set matters to find where the next one starts
        if (index != 0 && r.ReadFlag())
        {
            // inter_ref_pic_set_prediction_flag; in the SPS delta_idx_minus1 is absent (RefRpsIdx = index − 1)
            r.ReadFlag(); // delta_rps_sign
            r.ReadUe(); // abs_delta_rps_minus1
            var reference = deltaPocs[index - 1];
            var count = 0;
            for (var j = 0; j <= reference && !r.HasError; j++)
            {
                var used = r.ReadFlag();
                var useDelta = used || r.ReadFlag();
                if (useDelta)
                {
                    count++;
                }
            }

            deltaPocs[index] = count;
            return !r.HasError && count <= 32;
        }

        var negative = r.ReadUe();
        var positive = r.ReadUe();
        if (r.HasError || negative > 16 || positive > 16)
        {
            return false;
        }

        for (var i = 0; i < negative + positive && !r.HasError; i++)
        {
            r.ReadUe(); // delta_poc_sX_minus1
            r.ReadFlag(); // used_by_curr_pic_sX_flag
        }

        deltaPocs[index] = (int)(negative + positive);
        return !r.HasError;
    }
}
