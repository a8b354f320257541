using Vms.Rtsp.Media;

namespace Vms.Rtsp.Payloads.H265;

/// <summary>
/// H.265 RTP packetizer (RFC 7798, no DONL): single NAL unit packets when they fit
/// <see cref="RtpPacketizerOptions.MaxPayloadSize"/>, else fragmentation units (49); VPS/SPS/PPS before each IRAP
/// access unit that lacks them (optionally in one aggregation packet, 48); marker on the last packet of each access
/// unit. See <see cref="IRtpPacketizer"/>.
/// </summary>
public sealed class H265Packetizer : IRtpPacketizer
{
    private readonly NalPacketizerCore _core;

    public H265Packetizer(H265Parameters? parameters = null, RtpPacketizerOptions? options = null)
    {
        _core = new NalPacketizerCore(CodecId.H265, options ?? new RtpPacketizerOptions());
        if (parameters is not null)
        {
            SetParameters(parameters);
        }
    }

    public CodecId Codec => CodecId.H265;

    public int MaxPayloadSize => _core.MaxPayloadSize;

    public void SetParameters(CodecParameters parameters)
    {
        if (parameters is not H265Parameters h265)
        {
            throw new ArgumentException($"expected H.265 parameters, got {parameters?.Codec}", nameof(parameters));
        }

        _core.SetParameterSets(h265.Vps, h265.Sps, h265.Pps);
    }

    public void Begin(AccessUnit accessUnit)
    {
        ArgumentNullException.ThrowIfNull(accessUnit);
        if (accessUnit.Codec != CodecId.H265)
        {
            throw new ArgumentException($"an H.265 packetizer got a {accessUnit.Codec} access unit", nameof(accessUnit));
        }

        _core.Begin(accessUnit);
    }

    public bool TryWriteNext(Span<byte> destination, out RtpPayloadInfo payload) => _core.TryWriteNext(destination, out payload);
}
