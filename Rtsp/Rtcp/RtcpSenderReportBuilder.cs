namespace Vms.Rtsp.Rtcp;

/// <summary>
/// Builds a sending track's RTCP (RFC 3550 §6.4.1): an SR whose NTP time is "now" from the <see cref="TimeProvider"/>
/// and whose RTP timestamp is the same instant on the track's RTP clock, with the packet and payload-octet counts,
/// followed by an SDES with the CNAME.
/// </summary>
/// <remarks>
/// The NTP ↔ RTP pair is extrapolated from the latest access unit sent: its RTP timestamp and its wall-clock time (the
/// access unit's own capture time when it has one, so receivers recover the camera's capture times; else the send
/// time). Thread-safe: counts may be updated by the sending loop while a timer builds reports.
/// </remarks>
public sealed class RtcpSenderReportBuilder
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private uint _packets;
    private uint _octets;
    private uint _referenceRtp;
    private DateTimeOffset _referenceWall;
    private bool _haveReference;

    public RtcpSenderReportBuilder(uint ssrc, string canonicalName, int clockRate, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonicalName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        ArgumentNullException.ThrowIfNull(time);
        Ssrc = ssrc;
        CanonicalName = canonicalName;
        ClockRate = clockRate;
        _time = time;
    }

    public uint Ssrc { get; }

    public string CanonicalName { get; }

    public int ClockRate { get; }

    /// <summary>RTP packets sent (wraps at 2³², as the SR field does).</summary>
    public uint PacketCount
    {
        get
        {
            lock (_gate)
            {
                return _packets;
            }
        }
    }

    /// <summary>Payload octets sent (wraps at 2³²).</summary>
    public uint OctetCount
    {
        get
        {
            lock (_gate)
            {
                return _octets;
            }
        }
    }

    /// <summary>True once an access unit was sent (an SR before that has no timestamp to tell).</summary>
    public bool HasSent
    {
        get
        {
            lock (_gate)
            {
                return _haveReference;
            }
        }
    }

    /// <summary>Counts one RTP packet with <paramref name="payloadLength"/> payload bytes.</summary>
    public void OnPacketSent(int payloadLength)
    {
        lock (_gate)
        {
            _packets = unchecked(_packets + 1);
            _octets = unchecked(_octets + (uint)payloadLength);
        }
    }

    /// <summary>Counts several packets at once (a whole access unit).</summary>
    public void OnPacketsSent(int packets, long payloadBytes)
    {
        lock (_gate)
        {
            _packets = unchecked(_packets + (uint)packets);
            _octets = unchecked(_octets + (uint)payloadBytes);
        }
    }

    /// <summary>
    /// Records that the access unit with <paramref name="rtpTimestamp"/> was sent; <paramref name="wallClock"/> is its
    /// capture time if known (else the send time is used).
    /// </summary>
    public void OnAccessUnitSent(uint rtpTimestamp, DateTimeOffset? wallClock)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            _referenceRtp = rtpTimestamp;
            _referenceWall = wallClock ?? now;
            _haveReference = true;
        }
    }

    /// <summary>The SR for the current instant.</summary>
    public RtcpSenderReport BuildSenderReport()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            uint rtp = 0;
            if (_haveReference)
            {
                var elapsedUnits = (long)((Int128)(now - _referenceWall).Ticks * ClockRate / TimeSpan.TicksPerSecond);
                rtp = unchecked(_referenceRtp + (uint)elapsedUnits);
            }

            return new RtcpSenderReport(Ssrc, NtpTimestamp.FromDateTime(now), rtp, _packets, _octets, []);
        }
    }

    /// <summary>The SR + SDES (CNAME) compound.</summary>
    public RtcpCompoundPacket Build() =>
        new([BuildSenderReport(), RtcpSourceDescription.ForCanonicalName(Ssrc, CanonicalName)]);

    /// <summary>The SR + SDES compound followed by a BYE (the track stops).</summary>
    public RtcpCompoundPacket BuildGoodbye(string? reason = null) =>
        new([BuildSenderReport(), RtcpSourceDescription.ForCanonicalName(Ssrc, CanonicalName), new RtcpGoodbye([Ssrc], reason)]);
}
