using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// Writes the two macroblock kinds of this encoder (H.264 §7.3.5):
/// <list type="bullet">
/// <item><b>I_PCM</b>: the 384 samples as they are (lossless; 3 072 bits + header).</item>
/// <item><b>Intra 16×16 with DC-only residuals</b> (<see cref="Intra16x16Planner"/>). With QP_Y 22 the single
/// luma DC level L adds exactly L/2 to every sample (Hadamard: f = L; dcY = (256·f + 4) ≫ 3 = 32·f;
/// (dcY + 32) ≫ 6 = L/2). With QP_C 10 a chroma DC matrix c gives each 4×4 block a residual of f/4
/// (dcC = ((256·f) ≪ 1) ≫ 5 = 16·f), so c = H·r·H (H the 2×2 Hadamard, r the wanted residual per block) is
/// integral and exact. These macroblocks reconstruct to exactly the source samples: the decoder's picture
/// always equals the encoder's, and P_Skip copies never drift.</item>
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

    /// <summary>An Intra 16×16 macroblock from its plan.</summary>
    /// <param name="nC">The coeff_token context of luma block 0 (from the neighbours' coefficient counts).</param>
    public static void WriteIntra16x16(BitWriter w, in Intra16x16Plan plan, int nC, bool inPSlice)
    {
        var mbType = plan.MbTypeInISlice;
        w.WriteUe(inPSlice ? mbType + IntraTypeOffsetInPSlice : mbType);
        w.WriteUe(plan.ChromaModeCode); // intra_chroma_pred_mode
        w.WriteSe(0); // mb_qp_delta
        CavlcWriter.WriteSingleCoefficientBlock(w, plan.LumaLevel, nC); // Intra16x16DCLevel
        if (plan.Chroma.AnyNonZero)
        {
            ReadOnlySpan<int> levels = plan.Chroma;
            CavlcWriter.WriteChromaDcBlock(w, levels[..4]);
            CavlcWriter.WriteChromaDcBlock(w, levels[4..]);
        }
    }
}
