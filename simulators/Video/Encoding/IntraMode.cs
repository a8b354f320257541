namespace Vms.Simulators.Video.Encoding;

/// <summary>The intra predictions the planner may choose, with their H.264 code values.</summary>
internal enum IntraMode
{
    /// <summary>Copy the row above (Intra16x16PredMode 0, intra_chroma_pred_mode 2).</summary>
    Vertical,

    /// <summary>Copy the column to the left (Intra16x16PredMode 1, intra_chroma_pred_mode 1).</summary>
    Horizontal,

    /// <summary>Mean of the neighbours (Intra16x16PredMode 2, intra_chroma_pred_mode 0).</summary>
    Dc,
}
