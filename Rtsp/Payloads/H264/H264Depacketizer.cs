using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Payloads.H264;

/// <summary>
/// H.264 RTP depacketizer (RFC 6184), packetization-mode 0 and 1: single NAL unit packets, STAP-A and FU-A. STAP-B,
/// MTAP and FU-B (interleaved mode) are refused with <see cref="RtpPayloadError.UnsupportedPacketType"/>.
/// See <see cref="IRtpDepacketizer"/> for the access-unit rules.
/// </summary>
public sealed class H264Depacketizer : IRtpDepacketizer
{
    /// <summary>Default cap on an access unit's size (a 4K intra picture is a few MiB).</summary>
    public const int DefaultMaxAccessUnitSize = 8 * 1024 * 1024;

    /// <summary>Default cap on the NAL units of one access unit.</summary>
    public const int DefaultMaxNalUnits = 1024;

    private readonly DepacketizerCounters _counters = new();
    private readonly NalAccessUnitAssembler _assembler;

    public H264Depacketizer(WallClockMapper? wallClock = null, int maxAccessUnitSize = DefaultMaxAccessUnitSize, int maxNalUnits = DefaultMaxNalUnits)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAccessUnitSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxNalUnits);
        WallClock = wallClock ?? new WallClockMapper(ClockRate);
        _assembler = new NalAccessUnitAssembler(CodecId.H264, _counters, WallClock, maxAccessUnitSize, maxNalUnits);
    }

    public CodecId Codec => CodecId.H264;

    public int ClockRate => 90_000;

    public WallClockMapper WallClock { get; }

    public DepacketizerStatistics Statistics => _counters.Snapshot();

    public long GetErrorCount(RtpPayloadError error) => _counters.Get(error);

    public void Push(in RtpPacket packet, int lostBefore, DateTimeOffset arrival, ICollection<AccessUnit> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _assembler.BeginPacket(packet, lostBefore, arrival, output);
        ReadPayload(packet.Payload.Span);
        _assembler.EndPacket(packet.Marker, output);
    }

    public void Flush(ICollection<AccessUnit> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _assembler.Complete(output);
    }

    public void Reset() => _assembler.Reset();

    private void ReadPayload(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
        {
            _assembler.Fail(RtpPayloadError.Truncated);
            return;
        }

        if (H264NalUnit.HasForbiddenBit(payload[0]))
        {
            _assembler.Fail(RtpPayloadError.ForbiddenBit);
            return;
        }

        var type = H264NalUnit.TypeOf(payload[0]);
        switch (type)
        {
            case >= H264NalUnitType.NonIdrSlice and <= (H264NalUnitType)23:
                _assembler.AddNalUnit(payload);
                break;
            case H264NalUnitType.StapA:
                ReadStapA(payload);
                break;
            case H264NalUnitType.FuA:
                ReadFuA(payload);
                break;
            default:
                // 0 and 30..31 are undefined; STAP-B, MTAP16/24 and FU-B belong to the interleaved mode
                _assembler.Fail(RtpPayloadError.UnsupportedPacketType);
                break;
        }
    }

    private void ReadStapA(ReadOnlySpan<byte> payload)
    {
        // STAP-A: header byte, then [16-bit size][NAL unit] repeated (RFC 6184 §5.7.1)
        var pos = 1;
        if (pos >= payload.Length)
        {
            _assembler.Fail(RtpPayloadError.Truncated);
            return;
        }

        while (pos < payload.Length)
        {
            if (payload.Length - pos < 2)
            {
                _assembler.Fail(RtpPayloadError.InvalidAggregation);
                return;
            }

            var size = (payload[pos] << 8) | payload[pos + 1];
            pos += 2;
            if (size == 0 || size > payload.Length - pos)
            {
                _assembler.Fail(RtpPayloadError.InvalidAggregation);
                return;
            }

            _assembler.AddNalUnit(payload.Slice(pos, size));
            pos += size;
        }
    }

    private void ReadFuA(ReadOnlySpan<byte> payload)
    {
        // FU-A: FU indicator (F, NRI, type 28), FU header (S, E, R, original type), fragment (RFC 6184 §5.8)
        if (payload.Length < 3)
        {
            _assembler.Fail(RtpPayloadError.Truncated);
            return;
        }

        var fuHeader = payload[1];
        var start = (fuHeader & 0x80) != 0;
        var end = (fuHeader & 0x40) != 0;
        if (start)
        {
            // Start and End together are not allowed; taken leniently as a whole NAL unit
            _assembler.BeginFragment([(byte)((payload[0] & 0xE0) | (fuHeader & 0x1F))]);
        }

        _assembler.ContinueFragment(payload[2..]);
        if (end)
        {
            _assembler.EndFragment();
        }
    }
}
