namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>moof</c> with one <c>traf</c> per track run; data offsets point into the <c>mdat</c> that follows.</summary>
internal static class MovieFragmentBox
{
    /// <summary>tfhd flags: default-base-is-moof (§8.8.7.1), so data offsets count from the first byte of moof.</summary>
    public const uint TfhdDefaultBaseIsMoof = 0x020000;

    /// <summary>trun flags: data-offset, sample-duration, sample-size and sample-flags present.</summary>
    public const uint TrunFlags = 0x000001 | 0x000100 | 0x000200 | 0x000400;

    /// <summary>trun flag: sample-composition-time-offsets present.</summary>
    public const uint TrunCompositionOffsets = 0x000800;

    // moof (ISO/IEC 14496-12 §8.8.4)
    // +---------+--------+
    // | size:32 | 'moof' |
    // +---------+--------+-------------------------------------------------------------------------------+
    // | mfhd FullBox (§8.8.5), 16 bytes: | size | 'mfhd' | ver | flags | sequence_number:32 |              |
    // | traf (§8.8.6), one per track that has samples:                                                   |
    // |   tfhd FullBox (§8.8.7), 16 bytes:                                                               |
    // |     | size | 'tfhd' | ver:8 = 0 | flags:24 = 0x020000 (default-base-is-moof) | track_ID:32 |       |
    // |   tfdt FullBox version 1 (§8.8.12), 20 bytes:                                                    |
    // |     | size | 'tfdt' | ver:8 = 1 | flags:24 = 0 | baseMediaDecodeTime:64 |                         |
    // |   trun FullBox (§8.8.8), 20 + 12 or 16 bytes per sample:                                         |
    // |     | size | 'trun' | ver:8 (1 when a composition offset is negative) | flags:24 = 0x000701       |
    // |     |      |        |     (| 0x000800 when any sample has a composition offset)                  |
    // |     | sample_count:32 | data_offset:32 (signed, from the first byte of this moof)                  |
    // |     | per sample: duration:32 | size:32 | flags:32 | [composition_time_offset:32]               |
    // +--------------------------------------------------------------------------------------------------+
    // Then the caller writes mdat: | size:32 | 'mdat' | track 1 samples | track 2 samples | ...
    /// <summary>Writes the moof for <paramref name="runs"/> (empty runs skipped); their data follows in one mdat.</summary>
    public static void Write(BoxBuffer b, uint sequenceNumber, IReadOnlyList<TrackFragmentRun> runs)
    {
        var moofStart = b.Length;
        var moof = b.BeginBox(BoxType.Moof);
        var mfhd = b.BeginFullBox(BoxType.Mfhd, 0, 0);
        b.WriteU32(sequenceNumber);
        b.EndBox(mfhd);

        Span<int> offsetFields = stackalloc int[runs.Count];
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            offsetFields[r] = -1;
            if (run.IsEmpty)
            {
                continue;
            }

            var traf = b.BeginBox(BoxType.Traf);
            var tfhd = b.BeginFullBox(BoxType.Tfhd, 0, TfhdDefaultBaseIsMoof);
            b.WriteU32((uint)run.TrackId);
            b.EndBox(tfhd);
            var tfdt = b.BeginFullBox(BoxType.Tfdt, 1, 0);
            b.WriteU64(run.BaseMediaDecodeTime);
            b.EndBox(tfdt);

            var anyOffset = false;
            var negative = false;
            foreach (var s in run.Samples)
            {
                anyOffset |= s.CompositionOffset != 0;
                negative |= s.CompositionOffset < 0;
            }

            var trun = b.BeginFullBox(BoxType.Trun, negative ? (byte)1 : (byte)0, TrunFlags | (anyOffset ? TrunCompositionOffsets : 0));
            b.WriteU32((uint)run.Samples.Count);
            offsetFields[r] = b.Length;
            b.WriteI32(0);
            foreach (var s in run.Samples)
            {
                b.WriteU32(s.Duration);
                b.WriteU32(s.Size);
                b.WriteU32(s.Flags);
                if (anyOffset)
                {
                    b.WriteI32(s.CompositionOffset);
                }
            }

            b.EndBox(trun);
            b.EndBox(traf);
        }

        b.EndBox(moof);
        var moofSize = b.Length - moofStart;
        var dataOffset = moofSize + 8; // first byte after the mdat header
        for (var r = 0; r < runs.Count; r++)
        {
            if (offsetFields[r] < 0)
            {
                continue;
            }

            b.PatchI32(offsetFields[r], dataOffset);
            dataOffset += runs[r].Data.Length;
        }
    }
}
