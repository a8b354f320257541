using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads.Aac;
using Vms.Rtsp.Payloads.G711;
using Vms.Rtsp.Payloads.H264;
using Vms.Rtsp.Payloads.H265;
using Vms.Rtsp.Rtcp;

namespace Vms.Rtsp.Payloads;

/// <summary>Picks the depacketizer or packetizer for a track's codec.</summary>
public static class RtpPayloadFormats
{
    /// <summary>True when the codec has a depacketizer and a packetizer here.</summary>
    public static bool IsSupported(CodecId codec) => codec is CodecId.H264 or CodecId.H265 or CodecId.Aac or CodecId.Pcmu or CodecId.Pcma;

    /// <summary>The depacketizer for <paramref name="parameters"/>, sharing <paramref name="wallClock"/> when given.</summary>
    public static IRtpDepacketizer CreateDepacketizer(CodecParameters parameters, WallClockMapper? wallClock = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters switch
        {
            H264Parameters => new H264Depacketizer(wallClock),
            H265Parameters => new H265Depacketizer(wallClock),
            AacParameters aac => new AacDepacketizer(aac, wallClock),
            G711Parameters g711 => new G711Depacketizer(g711, wallClock),
            _ => throw new NotSupportedException($"no RTP depacketizer for {parameters.Codec}"),
        };
    }

    /// <summary>The packetizer for <paramref name="parameters"/>.</summary>
    public static IRtpPacketizer CreatePacketizer(CodecParameters parameters, RtpPacketizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters switch
        {
            H264Parameters h264 => new H264Packetizer(h264, options),
            H265Parameters h265 => new H265Packetizer(h265, options),
            AacParameters => new AacPacketizer(options),
            G711Parameters g711 => new G711Packetizer(g711, options),
            _ => throw new NotSupportedException($"no RTP packetizer for {parameters.Codec}"),
        };
    }
}
