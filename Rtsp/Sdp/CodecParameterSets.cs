using Vms.Rtsp.Media;

namespace Vms.Rtsp.Sdp;

/// <summary>
/// Whether codec parameters are complete. An SDP may leave out H.264/H.265 parameter sets (RFC 6184 and
/// RFC 7798 allow it): <see cref="SdpMediaMapper"/> then maps the track with EMPTY arrays, and the consumer fills
/// them from the first in-band SPS/PPS (VPS) before muxing or describing the stream.
/// </summary>
public static class CodecParameterSets
{
    /// <summary>False when an H.264/H.265 parameter set or the AAC config is still missing.</summary>
    public static bool IsComplete(CodecParameters parameters) => parameters switch
    {
        H264Parameters h => h.Sps.Length > 0 && h.Pps.Length > 0,
        H265Parameters h => h.Vps.Length > 0 && h.Sps.Length > 0 && h.Pps.Length > 0,
        AacParameters a => a.AudioSpecificConfig.Length > 0,
        _ => true,
    };
}
