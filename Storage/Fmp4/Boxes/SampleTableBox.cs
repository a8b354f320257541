using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>stbl</c> of a fragmented track: the sample description and empty sample tables.</summary>
internal static class SampleTableBox
{
    // stbl (ISO/IEC 14496-12 §8.5.1); the samples live in movie fragments, so every table is empty
    // +---------+--------+
    // | size:32 | 'stbl' |
    // +---------+--------+-------+----------+-----------------+---------------------------------+
    // | stsd FullBox (§8.5.2): | size | 'stsd' | ver | flags | entry_count:32 = 1 | sample entry |
    // | stts FullBox (§8.6.1.2), 16 bytes: | size | 'stts' | ver | flags | entry_count:32 = 0 |   |
    // | stsc FullBox (§8.7.4), 16 bytes:   | size | 'stsc' | ver | flags | entry_count:32 = 0 |   |
    // | stsz FullBox (§8.7.3), 20 bytes:   | size | 'stsz' | ver | flags | sample_size:32 = 0 | sample_count:32 = 0 |
    // | stco FullBox (§8.7.5), 16 bytes:   | size | 'stco' | ver | flags | entry_count:32 = 0 |   |
    // +-----------------------------------------------------------------------------------------+
    public static void Write(BoxBuffer b, Fmp4Track track)
    {
        var stbl = b.BeginBox(BoxType.Stbl);
        var stsd = b.BeginFullBox(BoxType.Stsd, 0, 0);
        b.WriteU32(1);
        WriteSampleEntry(b, track);
        b.EndBox(stsd);
        WriteEmpty(b, BoxType.Stts, 1);
        WriteEmpty(b, BoxType.Stsc, 1);
        WriteEmpty(b, BoxType.Stsz, 2);
        WriteEmpty(b, BoxType.Stco, 1);
        b.EndBox(stbl);
    }

    private static void WriteSampleEntry(BoxBuffer b, Fmp4Track track)
    {
        switch (track.Parameters)
        {
            case H264Parameters h264:
                AvcConfigurationBox.WriteSampleEntry(b, h264, track.Video!);
                break;
            case H265Parameters h265:
                HevcConfigurationBox.WriteSampleEntry(b, h265, track.Video!);
                break;
            case AacParameters aac:
                AudioSampleEntry.WriteAac(b, aac);
                break;
            case G711Parameters g711:
                AudioSampleEntry.WriteG711(b, g711);
                break;
            default:
                throw new NotSupportedException($"codec {track.Codec} has no sample entry");
        }
    }

    private static void WriteEmpty(BoxBuffer b, uint type, int zeroWords)
    {
        var box = b.BeginFullBox(type, 0, 0);
        for (var i = 0; i < zeroWords; i++)
        {
            b.WriteU32(0);
        }

        b.EndBox(box);
    }
}
