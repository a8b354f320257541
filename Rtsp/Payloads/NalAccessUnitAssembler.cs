using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Payloads;

/// <summary>
/// The part of H.264 and H.265 depacketizing that does not depend on the payload format: gathers the NAL units of
/// one access unit into a reusable buffer, ends it on the marker bit or a timestamp change, marks it damaged on loss
/// or bad payloads, drops damaged units and everything up to the next keyframe, and emits the rest with their own
/// copy of the bytes, unwrapped PTS (= DTS) and wall-clock time.
/// </summary>
internal sealed class NalAccessUnitAssembler
{
    /// <summary>NAL units of non-picture access units carried into the next one, at most.</summary>
    private const int MaxCarriedNalUnits = 32;

    private readonly CodecId _codec;
    private readonly DepacketizerCounters _counters;
    private readonly WallClockMapper _wallClock;
    private readonly TimestampUnwrapper _unwrapper = new();
    private readonly int _maxSize;
    private readonly int _maxNalUnits;
    private byte[] _buffer = new byte[16 * 1024];
    private int _used;
    private (int Offset, int Length)[] _nals = new (int, int)[32];
    private int _nalCount;
    private bool _active;
    private uint _timestamp;
    private DateTimeOffset _arrival;
    private bool _damaged;
    private bool _fragmentOpen;
    private int _fragmentStart;
    private bool _waitKeyframe = true;

    public NalAccessUnitAssembler(CodecId codec, DepacketizerCounters counters, WallClockMapper wallClock, int maxSize, int maxNalUnits)
    {
        _codec = codec;
        _counters = counters;
        _wallClock = wallClock;
        _maxSize = maxSize;
        _maxNalUnits = maxNalUnits;
    }

    public bool IsFragmentOpen => _fragmentOpen;

    /// <summary>Starts a packet: accounts for loss and ends the current access unit on a timestamp change.</summary>
    public void BeginPacket(in RtpPacket packet, int lostBefore, DateTimeOffset arrival, ICollection<AccessUnit> output)
    {
        _counters.Packets++;
        if (lostBefore > 0)
        {
            _counters.LostPackets += lostBefore;

            // the lost packets may have ended the access unit in progress, or begun the next one: both are damaged
            if (_active)
            {
                MarkDamaged();
            }
        }

        if (_active && packet.Timestamp != _timestamp)
        {
            // the access unit ends with the timestamp, for cameras that never set the marker bit
            Complete(output);
        }

        if (!_active)
        {
            _active = true;
            _timestamp = packet.Timestamp;
            _arrival = arrival;
            _damaged = false;
            if (lostBefore > 0)
            {
                MarkDamaged();
            }
        }
    }

    /// <summary>Ends a packet: the marker bit ends the access unit.</summary>
    public void EndPacket(bool marker, ICollection<AccessUnit> output)
    {
        if (marker)
        {
            Complete(output);
        }
    }

    /// <summary>Counts a payload error and damages the access unit.</summary>
    public void Fail(RtpPayloadError error)
    {
        // a fragment without its start right after a loss is the loss's consequence, not a new error
        var consequence = _damaged && error is RtpPayloadError.FragmentWithoutStart or RtpPayloadError.FragmentInterrupted;
        if (!consequence)
        {
            _counters.Count(error);
        }

        MarkDamaged();
    }

    /// <summary>Adds a whole NAL unit.</summary>
    public void AddNalUnit(ReadOnlySpan<byte> nal)
    {
        if (_fragmentOpen)
        {
            Fail(RtpPayloadError.FragmentInterrupted);
            _fragmentOpen = false;
        }

        if (_damaged || nal.IsEmpty)
        {
            return;
        }

        if (!Reserve(nal.Length))
        {
            return;
        }

        nal.CopyTo(_buffer.AsSpan(_used));
        _nals[_nalCount++] = (_used, nal.Length);
        _used += nal.Length;
    }

    /// <summary>Starts a fragmented NAL unit with its rebuilt header.</summary>
    public void BeginFragment(ReadOnlySpan<byte> header)
    {
        if (_fragmentOpen)
        {
            Fail(RtpPayloadError.FragmentInterrupted);
        }

        _fragmentOpen = true;
        if (_damaged)
        {
            return;
        }

        _fragmentStart = _used;
        AppendFragmentBytes(header);
    }

    /// <summary>Adds the bytes of a fragment that continues (or ends) the open NAL unit.</summary>
    public void ContinueFragment(ReadOnlySpan<byte> data)
    {
        if (!_fragmentOpen)
        {
            Fail(RtpPayloadError.FragmentWithoutStart);
            return;
        }

        AppendFragmentBytes(data);
    }

    /// <summary>Closes the open fragmented NAL unit.</summary>
    public void EndFragment()
    {
        if (!_fragmentOpen)
        {
            return;
        }

        _fragmentOpen = false;
        if (_damaged)
        {
            return;
        }

        if (_nalCount >= _maxNalUnits)
        {
            Fail(RtpPayloadError.AccessUnitTooLarge);
            return;
        }

        EnsureNalCapacity();
        _nals[_nalCount++] = (_fragmentStart, _used - _fragmentStart);
    }

    /// <summary>Emits (or drops) the access unit in progress.</summary>
    public void Complete(ICollection<AccessUnit> output)
    {
        if (!_active)
        {
            return;
        }

        _active = false;
        if (_fragmentOpen)
        {
            Fail(RtpPayloadError.FragmentInterrupted);
            _fragmentOpen = false;
        }

        var pts = _unwrapper.Unwrap(_timestamp);
        if (_damaged)
        {
            Drop();
            return;
        }

        if (_nalCount == 0)
        {
            return;
        }

        var hasPicture = false;
        var keyframe = false;
        for (var i = 0; i < _nalCount; i++)
        {
            var header = _buffer[_nals[i].Offset];
            if (_codec == CodecId.H264)
            {
                var type = H264NalUnit.TypeOf(header);
                hasPicture |= H264NalUnit.IsVcl(type);
                keyframe |= H264NalUnit.IsIdr(type);
            }
            else
            {
                var type = H265NalUnit.TypeOf(header);
                hasPicture |= H265NalUnit.IsVcl(type);
                keyframe |= H265NalUnit.IsIrap(type);
            }
        }

        if (!hasPicture)
        {
            // parameter sets or SEI sent with a timestamp of their own (some cameras do): they belong to the next picture
            if (_nalCount > MaxCarriedNalUnits)
            {
                Clear();
            }

            return;
        }

        if (_waitKeyframe && !keyframe)
        {
            Drop();
            return;
        }

        var data = _buffer.AsSpan(0, _used).ToArray();
        var nals = new ReadOnlyMemory<byte>[_nalCount];
        for (var i = 0; i < _nalCount; i++)
        {
            nals[i] = new ReadOnlyMemory<byte>(data, _nals[i].Offset, _nals[i].Length);
        }

        var wall = _wallClock.Map(pts, _arrival, out var source);
        output.Add(new AccessUnit(_codec, nals, pts, pts, keyframe, wall) { WallClockSource = source });
        _counters.AccessUnits++;
        _waitKeyframe = false;
        Clear();
    }

    /// <summary>Drops everything in progress and waits for a keyframe.</summary>
    public void Reset()
    {
        _active = false;
        _fragmentOpen = false;
        _damaged = false;
        _waitKeyframe = true;
        Clear();
    }

    private void Drop()
    {
        _counters.DroppedAccessUnits++;
        _waitKeyframe = true;
        _damaged = false;
        Clear();
    }

    private void MarkDamaged()
    {
        _damaged = true;
        Clear();
    }

    private void Clear()
    {
        _used = 0;
        _nalCount = 0;
        _fragmentStart = 0;
    }

    private void AppendFragmentBytes(ReadOnlySpan<byte> data)
    {
        if (_damaged || data.IsEmpty)
        {
            return;
        }

        if (!Reserve(data.Length))
        {
            return;
        }

        data.CopyTo(_buffer.AsSpan(_used));
        _used += data.Length;
    }

    private bool Reserve(int bytes)
    {
        if (_used + (long)bytes > _maxSize || _nalCount >= _maxNalUnits)
        {
            Fail(RtpPayloadError.AccessUnitTooLarge);
            return false;
        }

        if (_used + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(_maxSize, Math.Max(_buffer.Length * 2L, _used + (long)bytes)));
        }

        EnsureNalCapacity();
        return true;
    }

    private void EnsureNalCapacity()
    {
        if (_nalCount == _nals.Length)
        {
            Array.Resize(ref _nals, _nals.Length * 2);
        }
    }
}
