using Vms.Rtsp.Media;
using Vms.Storage.Fmp4.Codecs;

namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>avc1</c> with its <c>avcC</c> (the H.264 decoder configuration record).</summary>
internal static class AvcConfigurationBox
{
    // avcC, AVCDecoderConfigurationRecord (ISO/IEC 14496-15 §5.3.3.1)
    // +---------+--------+----------------------------+------------------------+-------------------------+
    // | size:32 | 'avcC' | configurationVersion:8 = 1 | AVCProfileIndication:8 | profile_compatibility:8 |
    // +---------+--------+----------------------------+------------------------+-------------------------+
    // | AVCLevelIndication:8 | reserved:6 = 111111 | lengthSizeMinusOne:2 = 3 (4-byte NAL lengths)      |
    // +----------------------+---------------------+----------------------------------------------------+
    // | reserved:3 = 111 | numOfSequenceParameterSets:5 = 1 | sequenceParameterSetLength:16 | SPS NAL   |
    // +------------------+----------------------------------+-------------------------------+-----------+
    // | numOfPictureParameterSets:8 = 1 | pictureParameterSetLength:16 | PPS NAL                          |
    // +---------------------------------+------------------------------+----------------------------------+
    // profile_idc 100, 110, 122 or 144 only:
    // | reserved:6 = 111111 | chroma_format:2 | reserved:5 = 11111 | bit_depth_luma_minus8:3 |
    // | reserved:5 = 11111 | bit_depth_chroma_minus8:3 | numOfSequenceParameterSetExt:8 = 0 |
    public static void Write(BoxBuffer b, H264Parameters parameters, H264SpsInfo sps)
    {
        var box = b.BeginBox(BoxType.AvcC);
        b.WriteU8(1);
        b.WriteU8(parameters.Sps[1]);
        b.WriteU8(parameters.Sps[2]);
        b.WriteU8(parameters.Sps[3]);
        b.WriteU8(0xFF);
        b.WriteU8(0xE1);
        b.WriteU16((ushort)parameters.Sps.Length);
        b.WriteBytes(parameters.Sps);
        b.WriteU8(1);
        b.WriteU16((ushort)parameters.Pps.Length);
        b.WriteBytes(parameters.Pps);
        if (sps.ProfileIdc is 100 or 110 or 122 or 144)
        {
            b.WriteU8((byte)(0xFC | (sps.ChromaFormatIdc & 3)));
            b.WriteU8((byte)(0xF8 | ((sps.BitDepthLuma - 8) & 7)));
            b.WriteU8((byte)(0xF8 | ((sps.BitDepthChroma - 8) & 7)));
            b.WriteU8(0);
        }

        b.EndBox(box);
    }

    /// <summary>The whole <c>avc1</c> sample entry.</summary>
    public static void WriteSampleEntry(BoxBuffer b, H264Parameters parameters, VideoFormat format)
    {
        var entry = VisualSampleEntry.Begin(b, BoxType.Avc1, format.Width, format.Height);
        Write(b, parameters, format.Avc!);
        b.EndBox(entry);
    }
}
