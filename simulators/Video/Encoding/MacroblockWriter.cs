using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// Writes the two intra macroblock kinds of this encoder (H.264 §7.3.5):
/// <list type="bullet">
/// <item><b>I_PCM</b>: the 384 samples as they are (lossless, 3 072 bits + header).</item>
/// <item><b>Flat Intra 16×16</b> for a one-colour macroblock: Intra16x16 DC prediction, chroma DC prediction,
/// and only DC residuals. With QP_Y 22 the luma DC level L adds exactly L/2 to every sample
/// (f = L after the Hadamard, dcY = 32·f, (dcY + 32) ≫ 6 = L/2), so L = 2·(target − prediction). With
/// QP_C 10 a chroma DC matrix c gives a residual f/4 per 4×4 block (dcC = 16·f), so c = H·r·H (H the 2×2
/// Hadamard, r the wanted residual per block) is integral and exact. The macroblock therefore reconstructs
/// to exactly its colour: the decoder's picture always equals the encoder's, and P_Skip copies never drift.</item>
/// </list>
/// </summary>
internal static class MacroblockWriter
{
    private const uint PcmTypeInISlice = 25;
    private const uint IntraTypeOffsetInPSlice = 5;

    /// <summary>I_PCM macroblock (mb_type 25 in I slices, 30 in P slices).</summary>
    public static void WritePcm(BitWriter w, YuvFrame frame, int mbX, int mbY, bool inPSlice)
    {
        w.WriteUe(inPSlice ? PcmTypeInISlice + IntraTypeOffsetInPSlice : PcmTypeInISlice);
        w.AlignWithZeros(); // pcm_alignment_zero_bit
        frame.ReadMacroblock(mbX, mbY, w.GetAlignedSpan(384));
    }

    /// <summary>A one-colour macroblock as Intra 16×16 DC with DC-only residuals.</summary>
    /// <param name="nC">The coeff_token context of luma block 0 (from the neighbours' coefficient counts).</param>
    public static void WriteFlat(BitWriter w, YuvFrame frame, int mbX, int mbY, YuvColor color, bool leftAvailable, bool topAvailable, int nC, bool inPSlice)
    {
        var lumaPrediction = IntraDcPredictor.Luma16x16(frame, mbX, mbY, leftAvailable, topAvailable);
        var lumaLevel = 2 * (color.Y - lumaPrediction);

        Span<int> prediction = stackalloc int[4];
        Span<int> cb = stackalloc int[4];
        Span<int> cr = stackalloc int[4];
        IntraDcPredictor.Chroma(frame.U, frame.ChromaStride, mbX, mbY, leftAvailable, topAvailable, prediction);
        ChromaLevels(color.U, prediction, cb);
        IntraDcPredictor.Chroma(frame.V, frame.ChromaStride, mbX, mbY, leftAvailable, topAvailable, prediction);
        ChromaLevels(color.V, prediction, cr);
        var chromaCoded = cb.ContainsAnyExcept(0) || cr.ContainsAnyExcept(0);

        // I_16x16_<pred 2 = DC>_<cbp chroma 0 or 1>_<cbp luma 0>: mb_type 1 + 2 + 4·cbpChroma
        var mbType = (uint)(3 + (chromaCoded ? 4 : 0));
        w.WriteUe(inPSlice ? mbType + IntraTypeOffsetInPSlice : mbType);
        w.WriteUe(0); // intra_chroma_pred_mode: DC
        w.WriteSe(0); // mb_qp_delta
        CavlcWriter.WriteSingleCoefficientBlock(w, lumaLevel, nC); // Intra16x16DCLevel
        if (chromaCoded)
        {
            CavlcWriter.WriteChromaDcBlock(w, cb);
            CavlcWriter.WriteChromaDcBlock(w, cr);
        }
    }

    /// <summary>The chroma DC levels c = H·r·H that move each 4×4 block from its prediction to <paramref name="target"/>.</summary>
    private static void ChromaLevels(int target, ReadOnlySpan<int> prediction, Span<int> levels)
    {
        var r0 = target - prediction[0];
        var r1 = target - prediction[1];
        var r2 = target - prediction[2];
        var r3 = target - prediction[3];
        levels[0] = r0 + r1 + r2 + r3;
        levels[1] = r0 - r1 + r2 - r3;
        levels[2] = r0 + r1 - r2 - r3;
        levels[3] = r0 - r1 - r2 + r3;
    }
}
