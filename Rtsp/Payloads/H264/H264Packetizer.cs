using Vms.Rtsp.Media;

namespace Vms.Rtsp.Payloads.H264;

/// <summary>
/// H.264 RTP packetizer (RFC 6184, packetization-mode 1 by default): a NAL unit that fits
/// <see cref="RtpPacketizerOptions.MaxPayloadSize"/> goes as a single NAL unit packet, a larger one as FU-A
/// fragments; SPS/PPS are sent before each IDR access unit that lacks them (optionally together in one STAP-A); the
/// marker bit is set on the last packet of each access unit. See <see cref="IRtpPacketizer"/>.
/// </summary>
public sealed class H264Packetizer : IRtpPacketizer
{
    private readonly NalPacketizerCore _core;

    public H264Packetizer(H264Parameters? parameters = null, RtpPacketizerOptions? options = null)
    {
        _core = new NalPacketizerCore(CodecId.H264, options ?? new RtpPacketizerOptions());
        if (parameters is not null)
        {
            SetParameters(parameters);
        }
    }

    public CodecId Codec => CodecId.H264;

    public int MaxPayloadSize => _core.MaxPayloadSize;

    public void SetParameters(CodecParameters parameters)
    {
        if (parameters is not H264Parameters h264)
        {
            throw new ArgumentException($"expected H.264 parameters, got {parameters?.Codec}", nameof(parameters));
        }

        _core.SetParameterSets(default, h264.Sps, h264.Pps);
    }

    public void Begin(AccessUnit accessUnit)
    {
        ArgumentNullException.ThrowIfNull(accessUnit);
        if (accessUnit.Codec != CodecId.H264)
        {
            throw new ArgumentException($"an H.264 packetizer got a {accessUnit.Codec} access unit", nameof(accessUnit));
        }

        _core.Begin(accessUnit);
    }

    public bool TryWriteNext(Span<byte> destination, out RtpPayloadInfo payload) => _core.TryWriteNext(destination, out payload);
}
