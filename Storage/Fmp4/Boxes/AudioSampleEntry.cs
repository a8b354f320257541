using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes the audio sample entries: <c>mp4a</c> (AAC, with <c>esds</c>) and <c>ulaw</c>/<c>alaw</c> (G.711).</summary>
internal static class AudioSampleEntry
{
    // AudioSampleEntry (ISO/IEC 14496-12 §8.5.2 SampleEntry + §12.2.3), 36 bytes before codec boxes
    // +---------+---------------------------+-------------------+-----------------------------+
    // | size:32 | format:32                 | reserved:8[6] = 0 | data_reference_index:16 = 1 |
    // |         | 'mp4a' / 'ulaw' / 'alaw'  |                   |                             |
    // +---------+---------------------------+-------------------+-----------------------------+
    // | reserved:32[2] = 0 | channelcount:16 | samplesize:16 = 16 | pre_defined:16 = 0 | reserved:16 = 0 |
    // +--------------------+-----------------+--------------------+--------------------+-----------------+
    // | samplerate:32 = rate << 16 (0 when the rate does not fit 16 bits) | then esds for 'mp4a'       |
    // +-------------------------------------------------------------------+----------------------------+
    public static void WriteAac(BoxBuffer b, AacParameters aac)
    {
        var entry = Begin(b, BoxType.Mp4a, aac.Channels, aac.SampleRate);
        ElementaryStreamDescriptorBox.Write(b, aac.AudioSpecificConfig);
        b.EndBox(entry);
    }

    public static void WriteG711(BoxBuffer b, G711Parameters g711)
    {
        var entry = Begin(b, g711.ALaw ? BoxType.Alaw : BoxType.Ulaw, g711.Channels, g711.SampleRate);
        b.EndBox(entry);
    }

    private static int Begin(BoxBuffer b, uint format, int channels, int sampleRate)
    {
        var box = b.BeginBox(format);
        b.WriteZeros(6);
        b.WriteU16(1);
        b.WriteZeros(8);
        b.WriteU16((ushort)channels);
        b.WriteU16(16);
        b.WriteU16(0);
        b.WriteU16(0);
        b.WriteU32(sampleRate is > 0 and <= ushort.MaxValue ? (uint)sampleRate << 16 : 0);
        return box;
    }
}
