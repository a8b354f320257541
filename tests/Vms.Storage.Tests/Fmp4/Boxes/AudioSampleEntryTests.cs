using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class AudioSampleEntryTests
{
    private const string Esds = """
        00000027 65736473 00000000    # size 39, 'esds', version 0
        03 19 0000 00                 # ES_Descriptor, 25 bytes, ES_ID 0, no flags
        04 11 40 15                   # DecoderConfigDescriptor, 17 bytes, MPEG-4 Audio, audio stream (5<<2 | 1)
        000000 00000000 00000000      # bufferSizeDB, maxBitrate, avgBitrate
        05 02 1408                    # DecoderSpecificInfo: AudioSpecificConfig AAC-LC 16 kHz mono
        06 01 02                      # SLConfigDescriptor predefined 2
        """;

    [Fact]
    public void ElementaryStreamDescriptor_AacLc_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        ElementaryStreamDescriptorBox.Write(b, TestParameters.AacConfig);
        BoxAssert.Equal(Hex.Bytes(Esds), b);
    }

    [Fact]
    public void WriteAac_Mp4a_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        AudioSampleEntry.WriteAac(b, TestParameters.Aac);
        BoxAssert.Equal(Hex.Bytes($"""
            0000004b 6d703461             # size 75 = 36 + esds 39, 'mp4a'
            000000000000 0001             # reserved, data_reference_index 1
            00000000 00000000             # reserved
            0001 0010 0000 0000           # channelcount 1, samplesize 16, pre_defined, reserved
            3e800000                      # samplerate 16000.0 (16.16)
            {Esds}
            """), b);
    }

    [Theory]
    [InlineData(false, "756c6177")]
    [InlineData(true, "616c6177")]
    public void WriteG711_UlawOrAlaw_MatchesGoldenBytes(bool alaw, string format)
    {
        using var b = new BoxBuffer();
        AudioSampleEntry.WriteG711(b, new G711Parameters(alaw));
        BoxAssert.Equal(Hex.Bytes($"""
            00000024 {format}             # size 36, 'ulaw' / 'alaw'
            000000000000 0001
            00000000 00000000
            0001 0010 0000 0000           # mono, 16
            1f400000                      # 8000.0
            """), b);
    }
}
