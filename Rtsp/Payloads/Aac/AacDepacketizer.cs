using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Payloads.Aac;

/// <summary>
/// AAC depacketizer for RFC 3640 mpeg4-generic, AAC-hbr mode (AU-headers-length, then per access unit a
/// <c>sizeLength</c>-bit size and a <c>indexLength</c>/<c>indexDeltaLength</c>-bit index; 13/3/3 by default). Several
/// access units per packet are split, the n-th taking the packet timestamp + n × frame length; an access unit larger
/// than its packet is reassembled from fragments with the same timestamp (its AU-size is that of the whole unit).
/// A loss drops only the fragmented unit it damages. Interleaving (non-zero index deltas) is not reordered.
/// </summary>
public sealed class AacDepacketizer : IRtpDepacketizer
{
    /// <summary>Largest access unit accepted (the 13-bit AU-size field allows 8191 bytes).</summary>
    public const int MaxAccessUnitSize = 64 * 1024;

    private const int MaxAccessUnitsPerPacket = 512;

    private readonly DepacketizerCounters _counters = new();
    private readonly TimestampUnwrapper _unwrapper = new();
    private readonly int _sizeLength;
    private readonly int _indexLength;
    private readonly int _indexDeltaLength;
    private readonly int _samplesPerFrame;
    private byte[]? _fragment;
    private int _fragmentLength;
    private int _fragmentExpected;
    private uint _fragmentTimestamp;
    private DateTimeOffset _fragmentArrival;
    private bool _discarding;
    private uint _discardTimestamp;

    public AacDepacketizer(AacParameters parameters, WallClockMapper? wallClock = null, int sizeLength = 13, int indexLength = 3, int indexDeltaLength = 3)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (sizeLength is < 1 or > 32 || indexLength is < 0 or > 32 || indexDeltaLength is < 0 or > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(sizeLength), "AU header field lengths are 0..32 bits (size at least 1)");
        }

        ClockRate = parameters.ClockRate;
        _sizeLength = sizeLength;
        _indexLength = indexLength;
        _indexDeltaLength = indexDeltaLength;
        _samplesPerFrame = AacFrameLength.SamplesPerFrame(parameters.AudioSpecificConfig);
        WallClock = wallClock ?? new WallClockMapper(ClockRate);
    }

    public CodecId Codec => CodecId.Aac;

    public int ClockRate { get; }

    public WallClockMapper WallClock { get; }

    public DepacketizerStatistics Statistics => _counters.Snapshot();

    public long GetErrorCount(RtpPayloadError error) => _counters.Get(error);

    public void Push(in RtpPacket packet, int lostBefore, DateTimeOffset arrival, ICollection<AccessUnit> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _counters.Packets++;
        if (lostBefore > 0)
        {
            _counters.LostPackets += lostBefore;
            if (_fragment is not null)
            {
                // the rest of this unit's fragments are useless
                DiscardTimestamp(_fragmentTimestamp);
                DropFragment();
            }
        }

        var payload = packet.Payload.Span;
        if (payload.Length < 2)
        {
            Fail(RtpPayloadError.Truncated);
            return;
        }

        var headerBits = (payload[0] << 8) | payload[1];
        var headerBytes = (headerBits + 7) / 8;
        if (2 + headerBytes > payload.Length)
        {
            Fail(RtpPayloadError.InvalidAuHeaders);
            return;
        }

        Span<int> sizes = stackalloc int[Math.Min(MaxAccessUnitsPerPacket, (headerBits / _sizeLength) + 1)];
        var count = ReadSizes(payload.Slice(2, headerBytes), headerBits, sizes);
        if (count <= 0)
        {
            Fail(RtpPayloadError.InvalidAuHeaders);
            return;
        }

        var data = payload[(2 + headerBytes)..];
        if (_discarding && packet.Timestamp == _discardTimestamp)
        {
            return;
        }

        _discarding = false;
        if (_fragment is not null)
        {
            if (count == 1 && packet.Timestamp == _fragmentTimestamp && sizes[0] == _fragmentExpected)
            {
                ContinueFragment(data, packet.Marker, output);
                return;
            }

            Fail(RtpPayloadError.FragmentInterrupted);
        }

        if (count == 1 && sizes[0] > data.Length)
        {
            if (lostBefore > 0)
            {
                // after a loss a fragment cannot be told from a first fragment: the unit is dropped
                _counters.DroppedAccessUnits++;
                DiscardTimestamp(packet.Timestamp);
                return;
            }

            StartFragment(sizes[0], data, packet.Timestamp, arrival);
            return;
        }

        var total = 0L;
        for (var i = 0; i < count; i++)
        {
            total += sizes[i];
        }

        if (total > data.Length)
        {
            Fail(RtpPayloadError.InvalidAuHeaders);
            return;
        }

        var pts = _unwrapper.Unwrap(packet.Timestamp);
        var pos = 0;
        for (var i = 0; i < count; i++)
        {
            Emit(data.Slice(pos, sizes[i]), pts + ((long)i * _samplesPerFrame), arrival, output);
            pos += sizes[i];
        }
    }

    public void Flush(ICollection<AccessUnit> output) => DropFragment();

    public void Reset()
    {
        _fragment = null;
        _fragmentLength = 0;
        _discarding = false;
    }

    private void DiscardTimestamp(uint timestamp)
    {
        _discarding = true;
        _discardTimestamp = timestamp;
    }

    private int ReadSizes(ReadOnlySpan<byte> headers, int headerBits, Span<int> sizes)
    {
        var r = new BitReader(headers);
        var count = 0;
        while (r.BitPosition < headerBits)
        {
            var indexBits = count == 0 ? _indexLength : _indexDeltaLength;
            if (headerBits - r.BitPosition < _sizeLength + indexBits || count == sizes.Length)
            {
                return -1;
            }

            sizes[count++] = (int)Math.Min(int.MaxValue, r.ReadBits(_sizeLength));
            r.SkipBits(indexBits); // AU-Index / AU-Index-delta: no interleaving expected
        }

        return r.HasError ? -1 : count;
    }

    private void StartFragment(int size, ReadOnlySpan<byte> data, uint timestamp, DateTimeOffset arrival)
    {
        if (size > MaxAccessUnitSize)
        {
            Fail(RtpPayloadError.AccessUnitTooLarge);
            return;
        }

        _fragment = new byte[size];
        data.CopyTo(_fragment);
        _fragmentLength = data.Length;
        _fragmentExpected = size;
        _fragmentTimestamp = timestamp;
        _fragmentArrival = arrival;
    }

    private void ContinueFragment(ReadOnlySpan<byte> data, bool marker, ICollection<AccessUnit> output)
    {
        if (data.Length > _fragmentExpected - _fragmentLength)
        {
            Fail(RtpPayloadError.InvalidAuHeaders);
            return;
        }

        data.CopyTo(_fragment.AsSpan(_fragmentLength));
        _fragmentLength += data.Length;
        if (_fragmentLength == _fragmentExpected)
        {
            var frame = _fragment!;
            _fragment = null;
            var pts = _unwrapper.Unwrap(_fragmentTimestamp);
            EmitOwned(frame, pts, _fragmentArrival, output);
        }
        else if (marker)
        {
            Fail(RtpPayloadError.FragmentInterrupted); // the last fragment came short
        }
    }

    private void Emit(ReadOnlySpan<byte> frame, long pts, DateTimeOffset arrival, ICollection<AccessUnit> output) =>
        EmitOwned(frame.ToArray(), pts, arrival, output);

    private void EmitOwned(byte[] frame, long pts, DateTimeOffset arrival, ICollection<AccessUnit> output)
    {
        var wall = WallClock.Map(pts, arrival, out var source);
        output.Add(new AccessUnit(CodecId.Aac, [frame], pts, pts, true, wall) { WallClockSource = source });
        _counters.AccessUnits++;
    }

    private void Fail(RtpPayloadError error)
    {
        _counters.Count(error);
        DropFragment();
    }

    private void DropFragment()
    {
        if (_fragment is not null)
        {
            _counters.DroppedAccessUnits++;
            _fragment = null;
            _fragmentLength = 0;
        }
    }
}
