using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4.Codecs;

/// <summary>What the muxer derives from a video track's parameter sets: picture size and the SPS fields of the
/// decoder configuration record (parsed by the media layer's SPS parsers).</summary>
internal sealed record VideoFormat(int Width, int Height, H264SpsInfo? Avc, H265SpsInfo? Hevc, HevcProfileTierLevel HevcPtl = default)
{
    /// <summary>Reads the SPS of <paramref name="parameters"/>; false when the codec is not video or the SPS is invalid.</summary>
    public static bool TryCreate(CodecParameters parameters, out VideoFormat format)
    {
        format = null!;
        switch (parameters)
        {
            case H264Parameters h264 when h264.Pps.Length > 0 && H264SpsParser.TryParse(h264.Sps, out var avc):
                format = new VideoFormat(avc.Width, avc.Height, avc, null);
                return true;
            case H265Parameters h265 when h265.Vps.Length > 0 && h265.Pps.Length > 0 && H265SpsParser.TryParse(h265.Sps, out var hevc) &&
                                          HevcProfileTierLevel.TryRead(h265.Sps, out var ptl):
                format = new VideoFormat(hevc.Width, hevc.Height, null, hevc, ptl);
                return true;
            default:
                return false;
        }
    }
}
