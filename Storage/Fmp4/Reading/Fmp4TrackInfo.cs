using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4.Reading;

/// <summary>A track as read from <c>moov</c> (and its <c>trex</c> defaults).</summary>
/// <param name="Parameters">Codec parameters rebuilt from the sample entry; null when the codec is not one we know.</param>
/// <param name="NalLengthSize">Bytes of each NAL length prefix in video samples (from avcC/hvcC).</param>
internal sealed record Fmp4TrackInfo(
    int TrackId,
    uint HandlerType,
    uint Timescale,
    uint SampleEntryType,
    CodecParameters? Parameters,
    int Width,
    int Height,
    int NalLengthSize,
    Fmp4TrackDefaults Defaults)
{
    public bool IsVideo => HandlerType == BoxType.HandlerVideo;

    public bool IsAudio => HandlerType == BoxType.HandlerSound;
}
