using Vms.Rtsp.Media;
using Vms.Storage.Fmp4.Codecs;

namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>hvc1</c> with its <c>hvcC</c> (the H.265 decoder configuration record).</summary>
internal static class HevcConfigurationBox
{
    // hvcC, HEVCDecoderConfigurationRecord (ISO/IEC 14496-15 §8.3.3.1)
    // +---------+--------+----------------------------+-------------------------------------------------+
    // | size:32 | 'hvcC' | configurationVersion:8 = 1 | general_profile_space:2 | tier:1 | profile_idc:5 |
    // +---------+--------+----------------------------+-------------------------------------------------+
    // | general_profile_compatibility_flags:32 | general_constraint_indicator_flags:48 | level_idc:8    |
    // +----------------------------------------+---------------------------------------+----------------+
    // | reserved:4 = 1111 | min_spatial_segmentation_idc:12 = 0 | reserved:6 = 1 | parallelismType:2 = 0 |
    // +-------------------+-------------------------------------+----------------+-----------------------+
    // | reserved:6 = 1 | chromaFormat:2 | reserved:5 = 1 | bitDepthLumaMinus8:3 | reserved:5 = 1 | bitDepthChromaMinus8:3 |
    // +----------------+----------------+----------------+----------------------+----------------+------------------------+
    // | avgFrameRate:16 = 0 | constantFrameRate:2 = 0 | numTemporalLayers:3 | temporalIdNested:1 | lengthSizeMinusOne:2 = 3 |
    // +---------------------+-------------------------+---------------------+--------------------+--------------------------+
    // | numOfArrays:8 = 3 | then per array (VPS, SPS, PPS):                                                      |
    // |   array_completeness:1 = 1 | reserved:1 = 0 | NAL_unit_type:6 | numNalus:16 = 1 | nalUnitLength:16 | NAL unit |
    // +-------------------------------------------------------------------------------------------------------------------+
    // array_completeness = 1 as 'hvc1' requires: the in-band copies the camera repeats are always identical to these,
    // because a parameter-set change starts a new segment.
    public static void Write(BoxBuffer b, H265Parameters parameters, H265SpsInfo sps, HevcProfileTierLevel ptl)
    {
        var box = b.BeginBox(BoxType.HvcC);
        b.WriteU8(1);
        b.WriteU8((byte)(((sps.GeneralProfileSpace & 3) << 6) | (sps.GeneralTierFlag ? 0x20 : 0) | (sps.GeneralProfileIdc & 0x1F)));
        b.WriteU32(sps.GeneralProfileCompatibilityFlags);
        b.WriteU16((ushort)(ptl.ConstraintIndicatorFlags >> 32));
        b.WriteU32((uint)ptl.ConstraintIndicatorFlags);
        b.WriteU8((byte)sps.GeneralLevelIdc);
        b.WriteU16(0xF000);
        b.WriteU8(0xFC);
        b.WriteU8((byte)(0xFC | (sps.ChromaFormatIdc & 3)));
        b.WriteU8((byte)(0xF8 | ((sps.BitDepthLuma - 8) & 7)));
        b.WriteU8((byte)(0xF8 | ((sps.BitDepthChroma - 8) & 7)));
        b.WriteU16(0);
        b.WriteU8((byte)(((sps.MaxSubLayers & 7) << 3) | (ptl.TemporalIdNesting ? 0x04 : 0) | 3));
        b.WriteU8(3);
        WriteArray(b, VideoNalUnits.H265Vps, parameters.Vps);
        WriteArray(b, VideoNalUnits.H265Sps, parameters.Sps);
        WriteArray(b, VideoNalUnits.H265Pps, parameters.Pps);
        b.EndBox(box);
    }

    /// <summary>The whole <c>hvc1</c> sample entry.</summary>
    public static void WriteSampleEntry(BoxBuffer b, H265Parameters parameters, VideoFormat format)
    {
        var entry = VisualSampleEntry.Begin(b, BoxType.Hvc1, format.Width, format.Height);
        Write(b, parameters, format.Hevc!, format.HevcPtl);
        b.EndBox(entry);
    }

    private static void WriteArray(BoxBuffer b, int nalType, byte[] nal)
    {
        b.WriteU8((byte)(0x80 | (nalType & 0x3F)));
        b.WriteU16(1);
        b.WriteU16((ushort)nal.Length);
        b.WriteBytes(nal);
    }
}
