namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes the common part of a visual sample entry (<c>avc1</c>, <c>hvc1</c>).</summary>
internal static class VisualSampleEntry
{
    // VisualSampleEntry (ISO/IEC 14496-12 §8.5.2 SampleEntry + §12.1.3), 86 bytes before the codec's own boxes
    // +---------+-------------------+----------------------+------------------------------+
    // | size:32 | format:32         | reserved:8[6] = 0    | data_reference_index:16 = 1  |
    // |         | 'avc1' / 'hvc1'   |                      |                              |
    // +---------+-------------------+----------------------+------------------------------+
    // | pre_defined:16 = 0 | reserved:16 = 0 | pre_defined:32[3] = 0 | width:16 | height:16 |
    // +--------------------+-----------------+-----------------------+----------+-----------+
    // | horizresolution:32 = 0x00480000 (72 dpi) | vertresolution:32 = 0x00480000 | reserved:32 = 0 |
    // +------------------------------------------+--------------------------------+-----------------+
    // | frame_count:16 = 1 | compressorname: 32 bytes (length 0, zero padding) | depth:16 = 0x0018 |
    // +--------------------+----------------------------------------------------+-------------------+
    // | pre_defined:16 = -1 | then avcC / hvcC                                                     |
    // +---------------------+----------------------------------------------------------------------+
    /// <summary>Opens the entry and writes its fixed fields; the caller appends the configuration box and ends it.</summary>
    public static int Begin(BoxBuffer b, uint format, int width, int height)
    {
        var box = b.BeginBox(format);
        b.WriteZeros(6);
        b.WriteU16(1);
        b.WriteZeros(2 + 2 + 12);
        b.WriteU16((ushort)width);
        b.WriteU16((ushort)height);
        b.WriteU32(0x0048_0000);
        b.WriteU32(0x0048_0000);
        b.WriteU32(0);
        b.WriteU16(1);
        b.WriteZeros(32);
        b.WriteU16(0x0018);
        b.WriteU16(0xFFFF);
        return box;
    }
}
