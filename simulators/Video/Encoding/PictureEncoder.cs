using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// Codes one picture as slices of whole macroblock rows (H.264 §7.3.3, §7.3.4). An IDR codes every
/// macroblock (Intra 16×16 with DC-only residual when <see cref="Intra16x16Planner"/> finds an exact one,
/// otherwise I_PCM). A P picture codes the changed macroblocks the same way (intra macroblocks in a P slice),
/// I_PCM for the refresh macroblocks the bitrate model asks for, and P_Skip (mb_skip_run) for the rest: with every motion vector zero, a skip copies the co-located
/// macroblock of the previous picture. A new slice starts at a row boundary once a slice passes
/// <see cref="SliceSplitBytes"/>, which keeps every NAL unit under the large-object-heap threshold.
/// </summary>
internal sealed class PictureEncoder
{
    /// <summary>A slice ends at the first row boundary after this many bytes.</summary>
    public const int SliceSplitBytes = 32 * 1024;

    private const byte PlanKnown = 1;
    private const byte PlanExists = 2;
    private const byte PlanLeft = 4;
    private const byte PlanTop = 8;

    private readonly BitWriter _writer = new(SliceSplitBytes + (120 * 400));
    private bool[] _isPcm = [];

    // The last Intra 16x16 plan of each macroblock and the neighbour availability it assumed. A plan depends
    // only on the macroblock and its upper and left neighbours, so it stays valid until one of them changes;
    // an IDR then re-plans only what changed since it was last planned.
    private Intra16x16Plan[] _plans = [];
    private byte[] _planState = [];

    /// <summary>Codes <paramref name="frame"/> and appends its slice NAL units to <paramref name="output"/>.</summary>
    /// <param name="refresh">P pictures: macroblocks to re-send as I_PCM although unchanged; may be empty.</param>
    public PictureStatistics Encode(
        EncoderConfiguration config,
        YuvFrame frame,
        MacroblockMap map,
        bool isIdr,
        int frameNum,
        int idrPicId,
        ReadOnlySpan<bool> refresh,
        List<ReadOnlyMemory<byte>> output)
    {
        if (_isPcm.Length != map.Count)
        {
            _isPcm = new bool[map.Count];
            _plans = new Intra16x16Plan[map.Count];
            _planState = new byte[map.Count];
        }

        InvalidatePlans(map, config.WidthInMbs);

        var stats = default(PictureStatistics);
        var w = _writer;
        var mbWidth = config.WidthInMbs;
        var sliceFirstRow = 0;
        var skipRun = 0;
        StartSlice(w, 0, isIdr, frameNum, idrPicId);
        for (var mbY = 0; mbY < config.HeightInMbs; mbY++)
        {
            if (mbY > sliceFirstRow && w.ByteLength >= SliceSplitBytes)
            {
                stats.Bytes += FinishSlice(w, isIdr, skipRun, output);
                stats.Slices++;
                skipRun = 0;
                sliceFirstRow = mbY;
                StartSlice(w, mbY * mbWidth, isIdr, frameNum, idrPicId);
            }

            for (var mbX = 0; mbX < mbWidth; mbX++)
            {
                var index = (mbY * mbWidth) + mbX;
                var coded = isIdr || map.Changed[index];
                if (!coded && (refresh.IsEmpty || !refresh[index]))
                {
                    skipRun++;
                    _isPcm[index] = false;
                    stats.Skipped++;
                    continue;
                }

                if (!isIdr)
                {
                    w.WriteUe((uint)skipRun); // mb_skip_run
                    skipRun = 0;
                }

                var left = mbX > 0;
                var top = mbY > sliceFirstRow;
                if (coded && TryGetPlan(frame, index, mbX, mbY, left, top))
                {
                    MacroblockWriter.WriteIntra16x16(w, _plans[index], LumaContext(index, mbWidth, left, top), inPSlice: !isIdr);
                    _isPcm[index] = false;
                    stats.Intra16x16++;
                    continue;
                }

                MacroblockWriter.WritePcm(w, frame, mbX, mbY, inPSlice: !isIdr);
                _isPcm[index] = true;
                if (coded)
                {
                    stats.Pcm++;
                }
                else
                {
                    stats.Refreshed++;
                }
            }
        }

        stats.Bytes += FinishSlice(w, isIdr, skipRun, output);
        stats.Slices++;
        return stats;
    }

    private bool TryGetPlan(YuvFrame frame, int index, int mbX, int mbY, bool left, bool top)
    {
        var key = (byte)(PlanKnown | (left ? PlanLeft : 0) | (top ? PlanTop : 0));
        var state = _planState[index];
        if ((state & ~PlanExists) == key)
        {
            return (state & PlanExists) != 0;
        }

        var exists = Intra16x16Planner.TryPlan(frame, mbX, mbY, left, top, out _plans[index]);
        _planState[index] = (byte)(key | (exists ? PlanExists : 0));
        return exists;
    }

    /// <summary>Forgets the plans of changed macroblocks and of the macroblocks that predict from them (right and below).</summary>
    private void InvalidatePlans(MacroblockMap map, int mbWidth)
    {
        foreach (var index in map.ChangedIndexes)
        {
            _planState[index] = 0;
            if ((index + 1) % mbWidth != 0)
            {
                _planState[index + 1] = 0;
            }

            if (index + mbWidth < _planState.Length)
            {
                _planState[index + mbWidth] = 0;
            }
        }
    }

    /// <summary>nC for luma block 0 (§9.2.1): its left and upper neighbours are blocks 5 and 10 of the adjacent macroblocks,
    /// which hold 16 coefficients in an I_PCM macroblock and none in a skipped or DC-only Intra 16×16 one.</summary>
    private int LumaContext(int index, int mbWidth, bool left, bool top)
    {
        var nA = left && _isPcm[index - 1] ? 16 : 0;
        var nB = top && _isPcm[index - mbWidth] ? 16 : 0;
        return (left, top) switch
        {
            (true, true) => (nA + nB + 1) >> 1,
            (true, false) => nA,
            (false, true) => nB,
            _ => 0,
        };
    }

    private static void StartSlice(BitWriter w, int firstMb, bool isIdr, int frameNum, int idrPicId)
    {
        w.Reset();
        w.WriteUe((uint)firstMb); // first_mb_in_slice
        w.WriteUe(isIdr ? 7u : 5u); // slice_type: I or P, and every slice of the picture has that type
        w.WriteUe(0); // pic_parameter_set_id
        w.WriteBits((uint)frameNum, EncoderConfiguration.Log2MaxFrameNum);
        if (isIdr)
        {
            w.WriteUe((uint)idrPicId);
        }
        else
        {
            w.WriteBit(false); // num_ref_idx_active_override_flag
            w.WriteBit(false); // ref_pic_list_modification_flag_l0
        }

        // dec_ref_pic_marking(): sliding window
        if (isIdr)
        {
            w.WriteBit(false); // no_output_of_prior_pics_flag
            w.WriteBit(false); // long_term_reference_flag
        }
        else
        {
            w.WriteBit(false); // adaptive_ref_pic_marking_mode_flag
        }

        w.WriteSe(0); // slice_qp_delta: QP stays 22
        w.WriteUe(1); // disable_deblocking_filter_idc: off, so pictures stay bit-exact
    }

    private static int FinishSlice(BitWriter w, bool isIdr, int skipRun, List<ReadOnlyMemory<byte>> output)
    {
        if (!isIdr && skipRun > 0)
        {
            w.WriteUe((uint)skipRun); // the trailing skipped macroblocks of the slice
        }

        w.WriteTrailingBits();
        var nal = NalUnitWriter.Create(isIdr ? 3 : 2, isIdr ? NalUnitWriter.TypeSliceIdr : NalUnitWriter.TypeSliceNonIdr, w.WrittenSpan);
        output.Add(nal);
        return nal.Length;
    }
}
