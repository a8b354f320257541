namespace Vms.Rtsp.Rtp;

/// <summary>
/// Follows the sequence numbers of one RTP source (RFC 3550 §A.1): extends them past the 16-bit wrap, tells valid
/// packets from wild jumps and restarts, optionally holds a new source on probation, and counts what §6.4.1 reports
/// (expected, received, lost, fraction lost per interval as in §A.3, interarrival jitter as in §A.8).
/// </summary>
/// <remarks>Not thread-safe: one instance per source, fed by one reader.</remarks>
public sealed class RtpSequenceTracker
{
    /// <summary>Largest forward gap still taken as loss (§A.1 MAX_DROPOUT).</summary>
    public const int MaxDropout = 3000;

    /// <summary>Largest backward step still taken as reordering (§A.1 MAX_MISORDER).</summary>
    public const int MaxMisorder = 100;

    private const int SequenceModulo = 1 << 16;

    private readonly int _minSequential;
    private readonly int _clockRate;
    private ushort _maxSeq;
    private long _cycles; // count of wraps × 65536
    private long _baseSeq;
    private int _badSeq = SequenceModulo + 1;
    private int _probation;
    private long _received;
    private long _expectedPrior;
    private long _receivedPrior;
    private bool _started;
    private uint _lastTransit;
    private bool _haveTransit;
    private long _jitterQ4; // jitter × 16
    private DateTimeOffset _firstArrival;
    private byte _lastFraction;

    /// <param name="clockRate">Timestamp units per second, for the jitter.</param>
    /// <param name="minSequential">Sequential packets needed before a new source is valid (§A.1 MIN_SEQUENTIAL);
    /// 0 or 1 accepts the first packet at once (RTSP sessions know their source).</param>
    public RtpSequenceTracker(int clockRate, int minSequential = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        ArgumentOutOfRangeException.ThrowIfNegative(minSequential);
        _clockRate = clockRate;
        _minSequential = minSequential;
    }

    /// <summary>True once a valid packet was seen.</summary>
    public bool IsStarted => _started && _probation == 0;

    /// <summary>The extended highest sequence number (wraps in the high bits).</summary>
    public long ExtendedHighestSequence => _cycles + _maxSeq;

    /// <summary>
    /// Classifies <paramref name="sequenceNumber"/> and, for <see cref="RtpSequenceStatus.Accepted"/> and
    /// <see cref="RtpSequenceStatus.Restarted"/>, gives its extended sequence number.
    /// </summary>
    public RtpSequenceStatus Update(ushort sequenceNumber, out long extendedSequence)
    {
        extendedSequence = -1;
        if (!_started)
        {
            _started = true;
            Init(sequenceNumber);
            _maxSeq = (ushort)(sequenceNumber - 1);
            _probation = _minSequential > 1 ? _minSequential : 0;
            if (_probation == 0)
            {
                _maxSeq = sequenceNumber;
                _received = 1;
                extendedSequence = sequenceNumber;
                return RtpSequenceStatus.Accepted;
            }
        }

        var udelta = (ushort)(sequenceNumber - _maxSeq);
        if (_probation > 0)
        {
            // the source must send MIN_SEQUENTIAL packets in sequence before it is valid
            if (sequenceNumber == (ushort)(_maxSeq + 1))
            {
                _probation--;
                _maxSeq = sequenceNumber;
                if (_probation == 0)
                {
                    Init(sequenceNumber);
                    _received = 1;
                    extendedSequence = sequenceNumber;
                    return RtpSequenceStatus.Accepted;
                }
            }
            else
            {
                _probation = _minSequential - 1;
                _maxSeq = sequenceNumber;
            }

            return RtpSequenceStatus.Probation;
        }

        if (udelta < MaxDropout)
        {
            // in order, possibly with a permissible gap
            if (sequenceNumber < _maxSeq)
            {
                _cycles += SequenceModulo;
            }

            _maxSeq = sequenceNumber;
            extendedSequence = _cycles + sequenceNumber;
        }
        else if (udelta <= SequenceModulo - MaxMisorder)
        {
            // a very large jump: accept it only when the next packet follows it (the sender restarted)
            if (sequenceNumber == _badSeq)
            {
                Init(sequenceNumber);
                _received = 1;
                extendedSequence = sequenceNumber;
                return RtpSequenceStatus.Restarted;
            }

            _badSeq = (sequenceNumber + 1) & (SequenceModulo - 1);
            return RtpSequenceStatus.Rejected;
        }
        else
        {
            // duplicate or reordered: at most MaxMisorder behind the highest
            extendedSequence = _cycles + _maxSeq + (short)(sequenceNumber - _maxSeq);
        }

        _received++;
        return RtpSequenceStatus.Accepted;
    }

    /// <summary>
    /// Updates the interarrival jitter (§A.8) with a valid packet's timestamp and arrival time. Packets sharing a
    /// timestamp (one video picture) count as sent together.
    /// </summary>
    public void UpdateJitter(uint timestamp, DateTimeOffset arrival)
    {
        if (!_haveTransit)
        {
            _firstArrival = arrival;
        }

        var elapsedTicks = (arrival - _firstArrival).Ticks;
        var arrivalUnits = (long)((Int128)elapsedTicks * _clockRate / TimeSpan.TicksPerSecond);
        var transit = unchecked((uint)arrivalUnits - timestamp);
        if (_haveTransit)
        {
            var d = Math.Abs((long)unchecked((int)(transit - _lastTransit)));
            _jitterQ4 += d - ((_jitterQ4 + 8) >> 4);
        }

        _lastTransit = transit;
        _haveTransit = true;
    }

    /// <summary>The figures so far, without closing the report interval.</summary>
    public RtpReceptionStatistics GetStatistics() => Snapshot(_lastFraction);

    /// <summary>
    /// The figures for a reception report: closes the report interval, so the next call's fraction lost covers the
    /// packets since this one (§A.3).
    /// </summary>
    public RtpReceptionStatistics TakeReportStatistics()
    {
        var expected = Expected;
        var expectedInterval = expected - _expectedPrior;
        var receivedInterval = _received - _receivedPrior;
        var lostInterval = expectedInterval - receivedInterval;
        _expectedPrior = expected;
        _receivedPrior = _received;
        _lastFraction = expectedInterval == 0 || lostInterval <= 0 ? (byte)0 : (byte)Math.Min(255, (lostInterval << 8) / expectedInterval);
        return Snapshot(_lastFraction);
    }

    /// <summary>Forgets the source: the next packet starts a new one (statistics and jitter from zero).</summary>
    public void Reset()
    {
        _started = false;
        _probation = 0;
        _haveTransit = false;
        _jitterQ4 = 0;
        _lastFraction = 0;
        Init(0);
    }

    private long Expected => IsStarted ? ExtendedHighestSequence - _baseSeq + 1 : 0;

    private RtpReceptionStatistics Snapshot(byte fraction) => new(
        (uint)ExtendedHighestSequence,
        Expected,
        _received,
        Expected - _received,
        fraction,
        (uint)(_jitterQ4 >> 4));

    private void Init(ushort sequenceNumber)
    {
        _baseSeq = sequenceNumber;
        _maxSeq = sequenceNumber;
        _badSeq = SequenceModulo + 1;
        _cycles = 0;
        _received = 0;
        _receivedPrior = 0;
        _expectedPrior = 0;
    }
}
