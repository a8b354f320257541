using Vms.Rtsp.Media;
using Vms.Storage.Fmp4.Codecs;

namespace Vms.Storage.Fmp4;

/// <summary>
/// One track of a fragmented MP4 file as the muxer writes it: its id, codec parameters and timescale (the
/// codec's clock rate, so access-unit timestamps are written unchanged), plus the picture format for video.
/// </summary>
internal sealed record Fmp4Track(int TrackId, CodecParameters Parameters, int Timescale, VideoFormat? Video)
{
    public CodecId Codec => Parameters.Codec;

    public bool IsVideo => Video is not null;

    /// <summary>Describes a track; false (with a reason) for codecs the muxer cannot write or invalid parameters.</summary>
    public static bool TryCreate(int trackId, CodecParameters parameters, out Fmp4Track track, out string error)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        track = null!;
        error = string.Empty;
        switch (parameters)
        {
            case H264Parameters or H265Parameters:
                if (!VideoFormat.TryCreate(parameters, out var video))
                {
                    error = $"{parameters.Codec} parameter sets are missing or invalid";
                    return false;
                }

                track = new Fmp4Track(trackId, parameters, parameters.ClockRate, video);
                return true;
            case AacParameters aac:
                if (aac.AudioSpecificConfig.Length is 0 or > 64 || aac.SampleRate <= 0 || aac.Channels is <= 0 or > 8)
                {
                    error = "AAC AudioSpecificConfig, rate or channel count is invalid";
                    return false;
                }

                track = new Fmp4Track(trackId, parameters, aac.SampleRate, null);
                return true;
            case G711Parameters g711:
                if (g711.SampleRate <= 0 || g711.Channels is <= 0 or > 8)
                {
                    error = "G.711 rate or channel count is invalid";
                    return false;
                }

                track = new Fmp4Track(trackId, parameters, g711.SampleRate, null);
                return true;
            default:
                error = $"codec {parameters.Codec} is not recorded";
                return false;
        }
    }
}
