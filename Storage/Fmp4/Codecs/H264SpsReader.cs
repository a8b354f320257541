namespace Vms.Storage.Fmp4.Codecs;

/// <summary>Reads picture size, profile, chroma format and bit depth from an H.264 SPS NAL unit (§7.3.2.1.1).</summary>
/// <remarks>Minimal reader local to Storage; to be replaced by the shared SPS parser of the media layer.</remarks>
internal static class H264SpsReader
{
    /// <summary>SPS larger than this are rejected (real ones are a few dozen bytes).</summary>
    public const int MaxSpsBytes = 4096;

    /// <summary>Parses an SPS NAL unit (with its one-byte header); false when it is not a valid SPS.</summary>
    public static bool TryRead(ReadOnlySpan<byte> nal, out H264SpsInfo info)
    {
        info = null!;
        if (nal.Length < 4 || nal.Length > MaxSpsBytes || (nal[0] & 0x1F) != 7)
        {
            return false;
        }

        var r = new RbspBitReader(nal[1..]);
        var profileIdc = (byte)r.ReadBits(8);
        var constraints = (byte)r.ReadBits(8);
        var levelIdc = (byte)r.ReadBits(8);
        r.ReadUe(); // seq_parameter_set_id

        var chromaFormatIdc = 1;
        var bitDepthLuma = 8;
        var bitDepthChroma = 8;
        if (profileIdc is 100 or 110 or 122 or 244 or 44 or 83 or 86 or 118 or 128 or 138 or 139 or 134 or 135)
        {
            chromaFormatIdc = (int)r.ReadUe();
            if (chromaFormatIdc > 3)
            {
                return false;
            }

            if (chromaFormatIdc == 3)
            {
                r.Skip(1); // separate_colour_plane_flag
            }

            bitDepthLuma = (int)r.ReadUe() + 8;
            bitDepthChroma = (int)r.ReadUe() + 8;
            r.Skip(1); // qpprime_y_zero_transform_bypass_flag
            if (r.ReadFlag())
            {
                // seq_scaling_matrix_present_flag: skip the scaling lists (§7.3.2.1.1.1)
                var lists = chromaFormatIdc != 3 ? 8 : 12;
                for (var i = 0; i < lists && !r.Failed; i++)
                {
                    if (r.ReadFlag())
                    {
                        SkipScalingList(ref r, i < 6 ? 16 : 64);
                    }
                }
            }
        }

        r.ReadUe(); // log2_max_frame_num_minus4
        var pocType = r.ReadUe();
        if (pocType == 0)
        {
            r.ReadUe(); // log2_max_pic_order_cnt_lsb_minus4
        }
        else if (pocType == 1)
        {
            r.Skip(1); // delta_pic_order_always_zero_flag
            r.ReadSe(); // offset_for_non_ref_pic
            r.ReadSe(); // offset_for_top_to_bottom_field
            var cycle = r.ReadUe();
            if (cycle > 255)
            {
                return false;
            }

            for (var i = 0; i < cycle && !r.Failed; i++)
            {
                r.ReadSe();
            }
        }
        else if (pocType != 2)
        {
            return false;
        }

        r.ReadUe(); // max_num_ref_frames
        r.Skip(1); // gaps_in_frame_num_value_allowed_flag
        var widthMbs = r.ReadUe() + 1;
        var heightMapUnits = r.ReadUe() + 1;
        var frameMbsOnly = r.ReadFlag();
        if (!frameMbsOnly)
        {
            r.Skip(1); // mb_adaptive_frame_field_flag
        }

        r.Skip(1); // direct_8x8_inference_flag
        uint cropLeft = 0, cropRight = 0, cropTop = 0, cropBottom = 0;
        if (r.ReadFlag())
        {
            cropLeft = r.ReadUe();
            cropRight = r.ReadUe();
            cropTop = r.ReadUe();
            cropBottom = r.ReadUe();
        }

        if (r.Failed || widthMbs > 1024 || heightMapUnits > 1024)
        {
            return false;
        }

        // Table 6-1: SubWidthC/SubHeightC; crop units per §7.4.2.1.1
        var subWidthC = chromaFormatIdc is 1 or 2 ? 2 : 1;
        var subHeightC = chromaFormatIdc == 1 ? 2 : 1;
        var frameFactor = frameMbsOnly ? 1 : 2;
        var cropUnitX = chromaFormatIdc == 0 ? 1 : subWidthC;
        var cropUnitY = (chromaFormatIdc == 0 ? 1 : subHeightC) * frameFactor;
        var width = (long)widthMbs * 16 - cropUnitX * ((long)cropLeft + cropRight);
        var height = (long)frameFactor * heightMapUnits * 16 - cropUnitY * ((long)cropTop + cropBottom);
        if (width <= 0 || height <= 0)
        {
            return false;
        }

        info = new H264SpsInfo(profileIdc, constraints, levelIdc, chromaFormatIdc, bitDepthLuma, bitDepthChroma, (int)width, (int)height);
        return true;
    }

    private static void SkipScalingList(ref RbspBitReader r, int size)
    {
        var last = 8;
        var next = 8;
        for (var j = 0; j < size && !r.Failed; j++)
        {
            if (next != 0)
            {
                next = (last + r.ReadSe() + 256) % 256;
            }

            last = next == 0 ? last : next;
        }
    }
}
