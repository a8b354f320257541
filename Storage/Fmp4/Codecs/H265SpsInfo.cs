namespace Vms.Storage.Fmp4.Codecs;

/// <summary>
/// The fields of an H.265 sequence parameter set the muxer needs for <c>hvcC</c> (H.265 §7.3.2.2,
/// profile_tier_level §7.3.3).
/// </summary>
/// <remarks>Minimal reader local to Storage; to be replaced by the shared SPS parser of the media layer.</remarks>
internal sealed record H265SpsInfo(
    int GeneralProfileSpace,
    bool GeneralTierFlag,
    int GeneralProfileIdc,
    uint GeneralProfileCompatibilityFlags,
    ulong GeneralConstraintIndicatorFlags,
    byte GeneralLevelIdc,
    int MaxSubLayers,
    bool TemporalIdNesting,
    int ChromaFormatIdc,
    int BitDepthLuma,
    int BitDepthChroma,
    int Width,
    int Height);
