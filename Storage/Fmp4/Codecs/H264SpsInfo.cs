namespace Vms.Storage.Fmp4.Codecs;

/// <summary>The fields of an H.264 sequence parameter set the muxer needs (H.264 §7.3.2.1.1).</summary>
/// <remarks>Minimal reader local to Storage; to be replaced by the shared SPS parser of the media layer.</remarks>
internal sealed record H264SpsInfo(
    byte ProfileIdc,
    byte ConstraintFlags,
    byte LevelIdc,
    int ChromaFormatIdc,
    int BitDepthLuma,
    int BitDepthChroma,
    int Width,
    int Height);
