using Vms.Rtsp.Media;

namespace Vms.Rtsp.Payloads;

/// <summary>
/// The shared H.264 / H.265 packetizing loop: a queue of NAL units per access unit (parameter sets inserted before
/// keyframes when missing), each sent as a single NAL unit packet when it fits, else as fragmentation units, with
/// consecutive parameter sets optionally aggregated; the marker is set on the access unit's last packet.
/// </summary>
internal sealed class NalPacketizerCore
{
    private const byte H264StapA = 24;
    private const byte H264FuA = 28;
    private const byte H265Ap = 48;
    private const byte H265Fu = 49;

    private readonly bool _h265;
    private readonly int _headerLength;
    private readonly RtpPacketizerOptions _options;
    private readonly List<ReadOnlyMemory<byte>> _queue = new(64);
    private int _index;
    private int _offset;
    private ReadOnlyMemory<byte> _vps;
    private ReadOnlyMemory<byte> _sps;
    private ReadOnlyMemory<byte> _pps;

    public NalPacketizerCore(CodecId codec, RtpPacketizerOptions options)
    {
        options.Validate();
        _h265 = codec == CodecId.H265;
        _headerLength = _h265 ? 2 : 1;
        _options = options;
    }

    public int MaxPayloadSize => _options.MaxPayloadSize;

    public void SetParameterSets(ReadOnlyMemory<byte> vps, ReadOnlyMemory<byte> sps, ReadOnlyMemory<byte> pps)
    {
        _vps = vps;
        _sps = sps;
        _pps = pps;
    }

    public void Begin(AccessUnit accessUnit)
    {
        _queue.Clear();
        _index = 0;
        _offset = 0;
        var nals = accessUnit.NalUnits;
        bool hasVps = false, hasSps = false, hasPps = false;
        var insertAt = 0;
        for (var i = 0; i < nals.Count; i++)
        {
            var nal = nals[i];
            if (nal.Length < _headerLength)
            {
                continue;
            }

            // follow the parameter sets the stream carries (access unit buffers never change: no copy needed)
            switch (ParameterSetKind(nal.Span[0]))
            {
                case 1:
                    _vps = nal;
                    hasVps = true;
                    break;
                case 2:
                    _sps = nal;
                    hasSps = true;
                    break;
                case 3:
                    _pps = nal;
                    hasPps = true;
                    break;
            }

            if (_queue.Count == 0 && IsAccessUnitDelimiter(nal.Span[0]))
            {
                insertAt = 1; // parameter sets go after the delimiter, which must come first
            }

            _queue.Add(nal);
        }

        if (_options.InsertParameterSets && accessUnit.IsKeyframe)
        {
            var at = Math.Min(insertAt, _queue.Count);
            if (!hasPps && !_pps.IsEmpty)
            {
                _queue.Insert(at, _pps);
            }

            if (!hasSps && !_sps.IsEmpty)
            {
                _queue.Insert(at, _sps);
            }

            if (_h265 && !hasVps && !_vps.IsEmpty)
            {
                _queue.Insert(at, _vps);
            }
        }
    }

    public bool TryWriteNext(Span<byte> destination, out RtpPayloadInfo payload)
    {
        payload = default;
        if (_index >= _queue.Count)
        {
            return false;
        }

        var max = _options.MaxPayloadSize;
        if (destination.Length < max)
        {
            throw new ArgumentException($"the destination needs room for {max} payload bytes, it has {destination.Length}", nameof(destination));
        }

        var nal = _queue[_index].Span;
        int written;
        if (_offset == 0)
        {
            if (_options.AggregateParameterSets && _options.PacketizationMode == 1 && TryAggregate(destination, out written))
            {
                payload = new RtpPayloadInfo(written, _index >= _queue.Count, 0);
                return true;
            }

            if (nal.Length <= max)
            {
                nal.CopyTo(destination);
                _index++;
                payload = new RtpPayloadInfo(nal.Length, _index >= _queue.Count, 0);
                return true;
            }

            if (!_h265 && _options.PacketizationMode == 0)
            {
                throw new RtpPacketizationException(
                    $"a {nal.Length}-byte NAL unit does not fit {max} payload bytes and packetization-mode 0 forbids fragmentation");
            }

            _offset = _headerLength; // fragments carry the NAL unit without its header
        }

        var start = _offset == _headerLength;
        var overhead = _h265 ? 3 : 2;
        var chunk = Math.Min(max - overhead, nal.Length - _offset);
        var end = _offset + chunk == nal.Length;
        var flags = (byte)((start ? 0x80 : 0) | (end ? 0x40 : 0));
        if (_h265)
        {
            destination[0] = (byte)((nal[0] & 0x81) | (H265Fu << 1));
            destination[1] = nal[1];
            destination[2] = (byte)(flags | ((nal[0] >> 1) & 0x3F));
        }
        else
        {
            destination[0] = (byte)((nal[0] & 0xE0) | H264FuA);
            destination[1] = (byte)(flags | (nal[0] & 0x1F));
        }

        nal.Slice(_offset, chunk).CopyTo(destination[overhead..]);
        written = overhead + chunk;
        _offset += chunk;
        if (end)
        {
            _index++;
            _offset = 0;
        }

        payload = new RtpPayloadInfo(written, end && _index >= _queue.Count, 0);
        return true;
    }

    private bool TryAggregate(Span<byte> destination, out int written)
    {
        // consecutive parameter sets that fit one STAP-A / AP together (at least two)
        written = 0;
        var size = _headerLength;
        var end = _index;
        while (end < _queue.Count && ParameterSetKind(_queue[end].Span[0]) != 0 && size + 2 + _queue[end].Length <= _options.MaxPayloadSize)
        {
            size += 2 + _queue[end].Length;
            end++;
        }

        if (end - _index < 2)
        {
            return false;
        }

        var pos = _headerLength;
        int forbidden = 0, nri = 0, layer = 63, tid = 7;
        for (var i = _index; i < end; i++)
        {
            var nal = _queue[i].Span;
            forbidden |= nal[0] & 0x80;
            if (_h265)
            {
                layer = Math.Min(layer, H265NalUnit.LayerId(nal));
                tid = Math.Min(tid, nal[1] & 0x7);
            }
            else
            {
                nri = Math.Max(nri, nal[0] & 0x60);
            }

            destination[pos] = (byte)(nal.Length >> 8);
            destination[pos + 1] = (byte)nal.Length;
            nal.CopyTo(destination[(pos + 2)..]);
            pos += 2 + nal.Length;
        }

        if (_h265)
        {
            destination[0] = (byte)(forbidden | (H265Ap << 1) | (layer >> 5));
            destination[1] = (byte)(((layer & 0x1F) << 3) | tid);
        }
        else
        {
            destination[0] = (byte)(forbidden | nri | H264StapA);
        }

        _index = end;
        written = pos;
        return true;
    }

    /// <summary>0: not a parameter set; 1 VPS, 2 SPS, 3 PPS.</summary>
    private int ParameterSetKind(byte header)
    {
        if (_h265)
        {
            return H265NalUnit.TypeOf(header) switch
            {
                H265NalUnitType.Vps => 1,
                H265NalUnitType.Sps => 2,
                H265NalUnitType.Pps => 3,
                _ => 0,
            };
        }

        return H264NalUnit.TypeOf(header) switch
        {
            H264NalUnitType.Sps => 2,
            H264NalUnitType.Pps => 3,
            _ => 0,
        };
    }

    private bool IsAccessUnitDelimiter(byte header) =>
        _h265 ? H265NalUnit.TypeOf(header) == H265NalUnitType.AccessUnitDelimiter : H264NalUnit.TypeOf(header) == H264NalUnitType.AccessUnitDelimiter;
}
