namespace Vms.Rtsp.Media;

/// <summary>Parses an H.264 sequence parameter set (H.264 §7.3.2.1.1 and the VUI timing of Annex E).</summary>
public static class H264SpsParser
{
    /// <summary>SPS NAL units longer than this are refused (real ones are tens to a few hundred bytes).</summary>
    public const int MaxSpsLength = 4096;

    /// <summary>Largest picture side accepted, in luma samples.</summary>
    public const int MaxDimension = 16384;

    private static ReadOnlySpan<byte> HighProfiles => [100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135];

    /// <summary>
    /// Parses <paramref name="nal"/> (a whole SPS NAL unit with its header byte, without start code); false when it is
    /// not an SPS, is truncated or holds values out of the standard's ranges. A damaged VUI only loses the VUI fields.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> nal, out H264SpsInfo info)
    {
        info = null!;
        if (nal.Length < 4 || nal.Length > MaxSpsLength || H264NalUnit.TypeOf(nal[0]) != H264NalUnitType.Sps)
        {
            return false;
        }

        Span<byte> rbsp = stackalloc byte[nal.Length - 1];
        var n = EmulationPrevention.Remove(nal[1..], rbsp);
        var r = new BitReader(rbsp[..n]);

        var profile = (int)r.ReadBits(8);
        var constraints = (byte)r.ReadBits(8);
        var level = (int)r.ReadBits(8);
        var spsId = r.ReadUe();
        if (r.HasError || spsId > 31)
        {
            return false;
        }

        uint chroma = 1;
        var separatePlanes = false;
        uint depthLuma = 0, depthChroma = 0;
        if (HighProfiles.Contains((byte)profile))
        {
            chroma = r.ReadUe();
            if (chroma > 3)
            {
                return false;
            }

            if (chroma == 3)
            {
                separatePlanes = r.ReadFlag();
            }

            depthLuma = r.ReadUe();
            depthChroma = r.ReadUe();
            if (depthLuma > 6 || depthChroma > 6)
            {
                return false;
            }

            r.ReadFlag(); // qpprime_y_zero_transform_bypass_flag
            if (r.ReadFlag())
            {
                // seq_scaling_matrix_present_flag: 6 4x4 lists, then 2 (or 6 for 4:4:4) 8x8 lists
                var lists = chroma != 3 ? 8 : 12;
                for (var i = 0; i < lists && !r.HasError; i++)
                {
                    if (r.ReadFlag())
                    {
                        SkipScalingList(ref r, i < 6 ? 16 : 64);
                    }
                }
            }
        }

        var log2MaxFrameNumMinus4 = r.ReadUe();
        var pocType = r.ReadUe();
        if (r.HasError || log2MaxFrameNumMinus4 > 12 || pocType > 2)
        {
            return false;
        }

        uint log2MaxPocLsbMinus4 = 0;
        if (pocType == 0)
        {
            log2MaxPocLsbMinus4 = r.ReadUe();
            if (log2MaxPocLsbMinus4 > 12)
            {
                return false;
            }
        }
        else if (pocType == 1)
        {
            r.ReadFlag(); // delta_pic_order_always_zero_flag
            r.ReadSe(); // offset_for_non_ref_pic
            r.ReadSe(); // offset_for_top_to_bottom_field
            var cycle = r.ReadUe();
            if (cycle > 255)
            {
                return false;
            }

            for (var i = 0; i < cycle && !r.HasError; i++)
            {
                r.ReadSe(); // offset_for_ref_frame
            }
        }

        var maxRefFrames = r.ReadUe();
        r.ReadFlag(); // gaps_in_frame_num_value_allowed_flag
        var widthMbsMinus1 = r.ReadUe();
        var heightMapUnitsMinus1 = r.ReadUe();
        var frameMbsOnly = r.ReadFlag();
        if (!frameMbsOnly)
        {
            r.ReadFlag(); // mb_adaptive_frame_field_flag
        }

        r.ReadFlag(); // direct_8x8_inference_flag
        uint cropLeft = 0, cropRight = 0, cropTop = 0, cropBottom = 0;
        if (r.ReadFlag())
        {
            cropLeft = r.ReadUe();
            cropRight = r.ReadUe();
            cropTop = r.ReadUe();
            cropBottom = r.ReadUe();
        }

        if (r.HasError || maxRefFrames > 16 || widthMbsMinus1 >= MaxDimension / 16 || heightMapUnitsMinus1 >= MaxDimension / 16)
        {
            return false;
        }

        var codedWidth = ((int)widthMbsMinus1 + 1) * 16;
        var codedHeight = (frameMbsOnly ? 1 : 2) * ((int)heightMapUnitsMinus1 + 1) * 16;
        if (codedHeight > MaxDimension)
        {
            return false;
        }

        // §7.4.2.1.1: crop units depend on ChromaArrayType (0 with separate colour planes) and frame_mbs_only_flag
        var chromaArrayType = separatePlanes ? 0 : (int)chroma;
        int cropUnitX, cropUnitY;
        if (chromaArrayType == 0)
        {
            cropUnitX = 1;
            cropUnitY = frameMbsOnly ? 1 : 2;
        }
        else
        {
            var subWidthC = chroma == 3 ? 1 : 2;
            var subHeightC = chroma == 1 ? 2 : 1;
            cropUnitX = subWidthC;
            cropUnitY = subHeightC * (frameMbsOnly ? 1 : 2);
        }

        var width = codedWidth - ((long)cropUnitX * (cropLeft + cropRight));
        var height = codedHeight - ((long)cropUnitY * (cropTop + cropBottom));
        if (width <= 0 || height <= 0)
        {
            return false;
        }

        var result = new H264SpsInfo
        {
            ProfileIdc = profile,
            ConstraintFlags = constraints,
            LevelIdc = level,
            SpsId = (int)spsId,
            ChromaFormatIdc = (int)chroma,
            SeparateColourPlane = separatePlanes,
            BitDepthLuma = (int)depthLuma + 8,
            BitDepthChroma = (int)depthChroma + 8,
            Log2MaxFrameNum = (int)log2MaxFrameNumMinus4 + 4,
            PicOrderCountType = (int)pocType,
            Log2MaxPicOrderCountLsb = pocType == 0 ? (int)log2MaxPocLsbMinus4 + 4 : 0,
            MaxNumRefFrames = (int)maxRefFrames,
            FrameMbsOnly = frameMbsOnly,
            CodedWidth = codedWidth,
            CodedHeight = codedHeight,
            Width = (int)width,
            Height = (int)height,
        };

        if (r.ReadFlag())
        {
            result = ReadVui(ref r, result);
        }

        info = result;
        return true;
    }

    private static void SkipScalingList(ref BitReader r, int size)
    {
        // §7.3.2.1.1.1: delta_scale is present until nextScale becomes 0
        var lastScale = 8;
        var nextScale = 8;
        for (var j = 0; j < size && !r.HasError; j++)
        {
            if (nextScale != 0)
            {
                var delta = r.ReadSe();
                nextScale = (lastScale + delta + 256) & 0xFF;
            }

            lastScale = nextScale == 0 ? lastScale : nextScale;
        }
    }

    private static H264SpsInfo ReadVui(ref BitReader r, H264SpsInfo info)
    {
        // Annex E.1.1, up to timing_info; a truncated VUI keeps the fields read before the damage
        int sarWidth = 1, sarHeight = 1;
        if (r.ReadFlag())
        {
            var idc = (int)r.ReadBits(8);
            if (idc == 255)
            {
                sarWidth = (int)r.ReadBits(16);
                sarHeight = (int)r.ReadBits(16);
            }
            else if (idc > 0 && idc < SarTable.Length / 2)
            {
                sarWidth = SarTable[idc * 2];
                sarHeight = SarTable[(idc * 2) + 1];
            }
        }

        if (r.ReadFlag())
        {
            r.ReadFlag(); // overscan_appropriate_flag
        }

        if (r.ReadFlag())
        {
            r.SkipBits(4); // video_format, video_full_range_flag
            if (r.ReadFlag())
            {
                r.SkipBits(24); // colour_primaries, transfer_characteristics, matrix_coefficients
            }
        }

        if (r.ReadFlag())
        {
            r.ReadUe(); // chroma_sample_loc_type_top_field
            r.ReadUe(); // chroma_sample_loc_type_bottom_field
        }

        if (r.HasError)
        {
            return info;
        }

        if (sarWidth > 0 && sarHeight > 0)
        {
            info = info with { SarWidth = sarWidth, SarHeight = sarHeight };
        }

        if (r.ReadFlag())
        {
            var units = r.ReadBits(32);
            var scale = r.ReadBits(32);
            var fixedRate = r.ReadFlag();
            if (!r.HasError)
            {
                info = info with { NumUnitsInTick = units, TimeScale = scale, FixedFrameRate = fixedRate };
            }
        }

        return info;
    }

    // Table E-1: aspect_ratio_idc 1..16 (index 0 unused)
    private static ReadOnlySpan<byte> SarTable =>
    [
        0, 0, 1, 1, 12, 11, 10, 11, 16, 11, 40, 33, 24, 11, 20, 11, 32, 11,
        80, 33, 18, 11, 15, 11, 64, 33, 160, 99, 4, 3, 3, 2, 2, 1,
    ];
}
