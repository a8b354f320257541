namespace Vms.Simulators.Video.Encoding;

/// <summary>What one coded picture contained.</summary>
internal struct PictureStatistics
{
    /// <summary>Changed (or IDR) macroblocks coded as I_PCM.</summary>
    public int Pcm;

    /// <summary>Changed (or IDR) macroblocks coded as Intra 16×16 with a DC-only residual.</summary>
    public int Intra16x16;

    /// <summary>Unchanged macroblocks re-sent as I_PCM to reach the target bitrate.</summary>
    public int Refreshed;

    /// <summary>P_Skip macroblocks.</summary>
    public int Skipped;

    public int Slices;

    /// <summary>Slice NAL unit bytes (without start codes; parameter sets excluded).</summary>
    public int Bytes;
}
