namespace Vms.Rtsp.Rtcp;

/// <summary>
/// Builds a sending track's RTCP (RFC 3550 §6.4.1): an SR pairing an NTP time with the RTP timestamp of the same
/// instant, with the packet and payload-octet counts, followed by an SDES with the CNAME.
/// </summary>
/// <remarks>
/// The pair comes from the latest access unit sent — its RTP timestamp and its wall-clock time — moved forward by the
/// time elapsed since it was sent (measured with the <see cref="TimeProvider"/>). The wall-clock time is the access
/// unit's own (the camera's capture time, or the recorded time during playback), so receivers recover exactly those
/// times; an access unit without one takes its send time, so the NTP time is then simply "now". Thread-safe: counts
/// may be updated by the sending loop while a timer builds reports.
/// </remarks>
public sealed class RtcpSenderReportBuilder
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private uint _packets;
    private uint _octets;
    private uint _referenceRtp;
    private DateTimeOffset _referenceWall;
    private DateTimeOffset _referenceSent;
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
            _referenceSent = now;
            _haveReference = true;
        }
    }

    /// <summary>The SR for the current instant (NTP time "now" before any access unit was sent).</summary>
    public RtcpSenderReport BuildSenderReport()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            uint rtp = 0;
            var wall = now;
            if (_haveReference)
            {
                var elapsed = now - _referenceSent;
                if (elapsed < TimeSpan.Zero)
                {
                    elapsed = TimeSpan.Zero; // the wall clock stepped back
                }

                var elapsedUnits = (long)((Int128)elapsed.Ticks * ClockRate / TimeSpan.TicksPerSecond);
                rtp = unchecked(_referenceRtp + (uint)elapsedUnits);
                wall = _referenceWall + elapsed;
            }

            return new RtcpSenderReport(Ssrc, NtpTimestamp.FromDateTime(wall), rtp, _packets, _octets, []);
        }
    }

    /// <summary>The SR + SDES (CNAME) compound.</summary>
    public RtcpCompoundPacket Build() =>
        new([BuildSenderReport(), RtcpSourceDescription.ForCanonicalName(Ssrc, CanonicalName)]);

    /// <summary>The SR + SDES compound followed by a BYE (the track stops).</summary>
    public RtcpCompoundPacket BuildGoodbye(string? reason = null) =>
        new([BuildSenderReport(), RtcpSourceDescription.ForCanonicalName(Ssrc, CanonicalName), new RtcpGoodbye([Ssrc], reason)]);
}
