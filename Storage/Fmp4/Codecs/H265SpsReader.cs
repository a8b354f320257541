namespace Vms.Storage.Fmp4.Codecs;

/// <summary>Reads profile/tier/level, chroma format, bit depth and picture size from an H.265 SPS (§7.3.2.2).</summary>
/// <remarks>Minimal reader local to Storage; to be replaced by the shared SPS parser of the media layer.</remarks>
internal static class H265SpsReader
{
    public const int MaxSpsBytes = 4096;

    /// <summary>Parses an SPS NAL unit (with its two-byte header); false when it is not a valid SPS.</summary>
    public static bool TryRead(ReadOnlySpan<byte> nal, out H265SpsInfo info)
    {
        info = null!;
        if (nal.Length < 16 || nal.Length > MaxSpsBytes || ((nal[0] >> 1) & 0x3F) != 33)
        {
            return false;
        }

        var r = new RbspBitReader(nal[2..]);
        r.Skip(4); // sps_video_parameter_set_id
        var maxSubLayersMinus1 = (int)r.ReadBits(3);
        var temporalIdNesting = r.ReadFlag();

        // profile_tier_level(1, sps_max_sub_layers_minus1), §7.3.3
        var profileSpace = (int)r.ReadBits(2);
        var tier = r.ReadFlag();
        var profileIdc = (int)r.ReadBits(5);
        var compatibility = r.ReadBits(32);
        var constraintHigh = (ulong)r.ReadBits(16);
        var constraintLow = (ulong)r.ReadBits(32);
        var constraints = (constraintHigh << 32) | constraintLow; // the 48 bits after the compatibility flags
        var levelIdc = (byte)r.ReadBits(8);
        Span<bool> profilePresent = stackalloc bool[8];
        Span<bool> levelPresent = stackalloc bool[8];
        for (var i = 0; i < maxSubLayersMinus1; i++)
        {
            profilePresent[i] = r.ReadFlag();
            levelPresent[i] = r.ReadFlag();
        }

        if (maxSubLayersMinus1 > 0)
        {
            for (var i = maxSubLayersMinus1; i < 8; i++)
            {
                r.Skip(2); // reserved_zero_2bits
            }
        }

        for (var i = 0; i < maxSubLayersMinus1; i++)
        {
            if (profilePresent[i])
            {
                r.Skip(88);
            }

            if (levelPresent[i])
            {
                r.Skip(8);
            }
        }

        r.ReadUe(); // sps_seq_parameter_set_id
        var chromaFormatIdc = (int)r.ReadUe();
        if (chromaFormatIdc > 3)
        {
            return false;
        }

        if (chromaFormatIdc == 3)
        {
            r.Skip(1); // separate_colour_plane_flag
        }

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

        var bitDepthLuma = (int)r.ReadUe() + 8;
        var bitDepthChroma = (int)r.ReadUe() + 8;
        if (r.Failed || width is 0 or > 16888 || height is 0 or > 16888)
        {
            return false;
        }

        var subWidthC = chromaFormatIdc is 1 or 2 ? 2 : 1;
        var subHeightC = chromaFormatIdc == 1 ? 2 : 1;
        var w = (long)width - subWidthC * ((long)left + right);
        var h = (long)height - subHeightC * ((long)top + bottom);
        if (w <= 0 || h <= 0)
        {
            return false;
        }

        info = new H265SpsInfo(profileSpace, tier, profileIdc, compatibility, constraints, levelIdc, maxSubLayersMinus1 + 1,
            temporalIdNesting, chromaFormatIdc, bitDepthLuma, bitDepthChroma, (int)w, (int)h);
        return true;
    }
}
