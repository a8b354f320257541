namespace Vms.Simulators.Video.Encoding;

/// <summary>How one macroblock is coded as Intra 16×16 with DC-only residuals: the two prediction modes and the levels.</summary>
internal struct Intra16x16Plan
{
    public IntraMode LumaMode;

    /// <summary>The single Intra16x16DCLevel coefficient (twice the uniform luma residual).</summary>
    public int LumaLevel;

    public IntraMode ChromaMode;

    /// <summary>Chroma DC levels of Cb then Cr (four each, raster order).</summary>
    public ChromaLevels Chroma;

    /// <summary>mb_type in an I slice: I_16x16_&lt;luma mode&gt;_&lt;cbp chroma&gt;_0.</summary>
    public readonly uint MbTypeInISlice => (uint)(1 + LumaModeCode + (Chroma.AnyNonZero ? 4 : 0));

    /// <summary>Intra16x16PredMode code: 0 vertical, 1 horizontal, 2 DC.</summary>
    public readonly int LumaModeCode => LumaMode switch
    {
        IntraMode.Vertical => 0,
        IntraMode.Horizontal => 1,
        _ => 2,
    };

    /// <summary>intra_chroma_pred_mode code: 0 DC, 1 horizontal, 2 vertical.</summary>
    public readonly uint ChromaModeCode => ChromaMode switch
    {
        IntraMode.Dc => 0u,
        IntraMode.Horizontal => 1u,
        _ => 2u,
    };
}
