using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Payloads.H265;

/// <summary>
/// H.265 RTP depacketizer (RFC 7798) without DONL (sprop-max-don-diff = 0, what cameras send): single NAL unit
/// packets, aggregation packets (48) and fragmentation units (49). PACI (50) and reserved types are refused with
/// <see cref="RtpPayloadError.UnsupportedPacketType"/>. See <see cref="IRtpDepacketizer"/> for the access-unit rules.
/// </summary>
public sealed class H265Depacketizer : IRtpDepacketizer
{
    private readonly DepacketizerCounters _counters = new();
    private readonly NalAccessUnitAssembler _assembler;

    public H265Depacketizer(
        WallClockMapper? wallClock = null,
        int maxAccessUnitSize = H264.H264Depacketizer.DefaultMaxAccessUnitSize,
        int maxNalUnits = H264.H264Depacketizer.DefaultMaxNalUnits)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAccessUnitSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxNalUnits);
        WallClock = wallClock ?? new WallClockMapper(ClockRate);
        _assembler = new NalAccessUnitAssembler(CodecId.H265, _counters, WallClock, maxAccessUnitSize, maxNalUnits);
    }

    public CodecId Codec => CodecId.H265;

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
        if (payload.Length < H265NalUnit.HeaderLength)
        {
            _assembler.Fail(RtpPayloadError.Truncated);
            return;
        }

        if (H265NalUnit.HasForbiddenBit(payload[0]))
        {
            _assembler.Fail(RtpPayloadError.ForbiddenBit);
            return;
        }

        var type = (byte)H265NalUnit.TypeOf(payload[0]);
        switch (type)
        {
            case < 48:
                _assembler.AddNalUnit(payload);
                break;
            case 48:
                ReadAggregation(payload);
                break;
            case 49:
                ReadFragment(payload);
                break;
            default:
                _assembler.Fail(RtpPayloadError.UnsupportedPacketType);
                break;
        }
    }

    private void ReadAggregation(ReadOnlySpan<byte> payload)
    {
        // AP: 2-byte payload header, then [16-bit size][NAL unit] repeated (RFC 7798 §4.4.2, no DONL)
        var pos = H265NalUnit.HeaderLength;
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
            if (size < H265NalUnit.HeaderLength || size > payload.Length - pos)
            {
                _assembler.Fail(RtpPayloadError.InvalidAggregation);
                return;
            }

            _assembler.AddNalUnit(payload.Slice(pos, size));
            pos += size;
        }
    }

    private void ReadFragment(ReadOnlySpan<byte> payload)
    {
        // FU: 2-byte payload header (type 49), FU header (S, E, FuType), fragment (RFC 7798 §4.4.3, no DONL)
        if (payload.Length < 4)
        {
            _assembler.Fail(RtpPayloadError.Truncated);
            return;
        }

        var fuHeader = payload[2];
        var start = (fuHeader & 0x80) != 0;
        var end = (fuHeader & 0x40) != 0;
        if (start)
        {
            // the NAL unit header: F and LayerId high bit from the payload header, the original type, then byte 2
            _assembler.BeginFragment([(byte)((payload[0] & 0x81) | ((fuHeader & 0x3F) << 1)), payload[1]]);
        }

        _assembler.ContinueFragment(payload[3..]);
        if (end)
        {
            _assembler.EndFragment();
        }
    }
}
