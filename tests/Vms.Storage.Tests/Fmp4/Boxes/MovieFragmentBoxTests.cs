using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class MovieFragmentBoxTests
{
    [Fact]
    public void Write_VideoAndAudioRuns_MatchesGoldenBytes()
    {
        using var video = new TrackFragmentRun(1);
        video.BaseMediaDecodeTime = 0;
        video.Samples.Add(new FragmentSample(7500, 100, SampleFlags.Sync, 0));
        video.Samples.Add(new FragmentSample(7500, 50, SampleFlags.NonSync, 0));
        video.Data.WriteZeros(150);
        using var audio = new TrackFragmentRun(2);
        audio.BaseMediaDecodeTime = 1024;
        audio.Samples.Add(new FragmentSample(1024, 10, SampleFlags.Sync, 0));
        audio.Data.WriteZeros(10);

        using var b = new BoxBuffer();
        MovieFragmentBox.Write(b, 7, [video, audio]);
        BoxAssert.Equal(Hex.Bytes("""
            000000bc 6d6f6f66             # size 188, 'moof'
            00000010 6d666864 00000000 00000007            # 'mfhd', sequence_number 7
            00000058 74726166             # size 88, 'traf' (video)
            00000010 74666864 00020000 00000001            # 'tfhd', default-base-is-moof, track 1
            00000014 74666474 01000000 0000000000000000    # 'tfdt' v1, baseMediaDecodeTime 0
            0000002c 7472756e 00000701    # size 44, 'trun', flags data-offset|duration|size|flags
            00000002 000000c4             # 2 samples, data_offset 196 = moof 188 + mdat header 8
            00001d4c 00000064 02000000    # 7500 ticks, 100 bytes, sync
            00001d4c 00000032 01010000    # 7500 ticks, 50 bytes, depends on others, non-sync
            0000004c 74726166             # size 76, 'traf' (audio)
            00000010 74666864 00020000 00000002
            00000014 74666474 01000000 0000000000000400    # baseMediaDecodeTime 1024
            00000020 7472756e 00000701
            00000001 0000015a             # 1 sample, data_offset 346 = 196 + 150 video bytes
            00000400 0000000a 02000000
            """), b);
    }

    [Fact]
    public void Write_CompositionOffsets_AddsFieldAndUsesVersion1WhenNegative()
    {
        using var video = new TrackFragmentRun(1);
        video.Samples.Add(new FragmentSample(3000, 8, SampleFlags.Sync, 6000));
        video.Samples.Add(new FragmentSample(3000, 4, SampleFlags.NonSync, -3000));
        video.Data.WriteZeros(12);
        using var b = new BoxBuffer();
        MovieFragmentBox.Write(b, 1, [video]);
        BoxAssert.Equal(Hex.Bytes("""
            00000078 6d6f6f66             # size 120
            00000010 6d666864 00000000 00000001
            00000060 74726166             # size 96 = 8 + 16 + 20 + 52
            00000010 74666864 00020000 00000001
            00000014 74666474 01000000 0000000000000000
            00000034 7472756e 01000f01    # size 52, version 1 (signed offsets), flags + composition offsets
            00000002 00000080             # data_offset 128 = moof 120 + 8
            00000bb8 00000008 02000000 00001770   # 3000 ticks, 8 bytes, sync, +6000
            00000bb8 00000004 01010000 fffff448   # -3000
            """), b);
    }

    [Fact]
    public void WriteHeader_Mdat_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        MediaDataBox.WriteHeader(b, 160);
        BoxAssert.Equal(Hex.Bytes("000000a8 6d646174"), b);
    }
}
