namespace Vms.Simulators.Video;

/// <summary>The H.264 profile signalled in the sequence parameter set. The coded tools are the same for both
/// (CAVLC, I_PCM, Intra 16×16 DC, P_Skip); only profile_idc and the constraint flags differ.</summary>
public enum H264Profile
{
    /// <summary>profile_idc 66 with constraint_set0 and constraint_set1 (Constrained Baseline): every decoder plays it.</summary>
    ConstrainedBaseline,

    /// <summary>profile_idc 77 (Main) with constraint_set1.</summary>
    Main,
}
