using System.Buffers;

namespace Vms.Rtsp.Rtp;

/// <summary>
/// A small jitter buffer: packets reach the handler in extended-sequence order. A packet arriving after a gap waits
/// (copied into a pooled buffer) until the missing ones come, until the window of <see cref="Capacity"/> sequence
/// numbers would overflow, or until it has waited <see cref="MaxDelay"/>; then the missing numbers are given up on and
/// reported to the handler as <c>lostBefore</c>. Late packets and duplicates are dropped.
/// </summary>
/// <remarks>
/// In-order packets (the steady state, and always over TCP) go straight through without a copy. Time only moves
/// with the arrival times given to <see cref="Push"/> and <see cref="Tick"/> (the caller's clock). Not thread-safe.
/// </remarks>
public sealed class RtpReorderBuffer : IDisposable
{
    private readonly Slot[] _slots;
    private readonly RtpPacketReleasedHandler _handler;
    private long _next = -1;
    private int _count;
    private DateTimeOffset _waitingSince;

    /// <param name="capacity">Sequence numbers the window spans (1 disables reordering).</param>
    /// <param name="maxDelay">Longest wait for a missing packet; <see cref="Timeout.InfiniteTimeSpan"/> waits only for the window to fill.</param>
    /// <param name="handler">Receives the packets in order.</param>
    public RtpReorderBuffer(int capacity, TimeSpan maxDelay, RtpPacketReleasedHandler handler)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, 4096);
        if (maxDelay < TimeSpan.Zero && maxDelay != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDelay), maxDelay, "zero or more, or infinite");
        }

        ArgumentNullException.ThrowIfNull(handler);
        Capacity = capacity;
        MaxDelay = maxDelay;
        _handler = handler;
        _slots = new Slot[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _slots[i].Sequence = -1;
        }
    }

    public int Capacity { get; }

    public TimeSpan MaxDelay { get; }

    /// <summary>Packets waiting behind a gap.</summary>
    public int Count => _count;

    /// <summary>The extended sequence number expected next (−1 before the first packet).</summary>
    public long NextSequence => _next;

    /// <summary>Packets that arrived out of order and were released in order.</summary>
    public long Reordered { get; private set; }

    /// <summary>Late and duplicate packets dropped.</summary>
    public long Dropped { get; private set; }

    /// <summary>Sequence numbers given up on.</summary>
    public long Skipped { get; private set; }

    /// <summary>Offers a valid packet with its extended sequence number; releases whatever became ready.</summary>
    public RtpReorderResult Push(long extendedSequence, in RtpPacket packet, DateTimeOffset arrival)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(extendedSequence);
        if (_next < 0)
        {
            _next = extendedSequence;
        }

        if (extendedSequence < _next)
        {
            Dropped++;
            return RtpReorderResult.Late;
        }

        if (extendedSequence == _next)
        {
            _next++;
            _handler(packet, extendedSequence, 0, arrival);
            ReleaseReady();
            ReleaseExpired(arrival);
            return RtpReorderResult.Released;
        }

        // ahead of a gap: make room if the window would overflow, giving up on the oldest gaps
        while (extendedSequence - _next >= Capacity)
        {
            if (_count == 0)
            {
                // nothing waiting: skip straight to this packet
                var lost = extendedSequence - _next;
                Skipped += lost;
                _next = extendedSequence + 1;
                _handler(packet, extendedSequence, (int)Math.Min(int.MaxValue, lost), arrival);
                return RtpReorderResult.Released;
            }

            ReleaseLowest();
        }

        if (extendedSequence == _next)
        {
            // the window shift made it the next one
            _next++;
            _handler(packet, extendedSequence, 0, arrival);
            ReleaseReady();
            ReleaseExpired(arrival);
            return RtpReorderResult.Released;
        }

        ref var slot = ref _slots[extendedSequence % Capacity];
        if (slot.Sequence == extendedSequence)
        {
            Dropped++;
            return RtpReorderResult.Duplicate;
        }

        var data = packet.Data.Span;
        slot.Buffer = ArrayPool<byte>.Shared.Rent(data.Length);
        data.CopyTo(slot.Buffer);
        slot.Length = data.Length;
        slot.Sequence = extendedSequence;
        slot.Arrival = arrival;
        if (_count == 0)
        {
            _waitingSince = arrival;
        }

        _count++;
        ReleaseExpired(arrival);
        return RtpReorderResult.Buffered;
    }

    /// <summary>Releases packets that have waited <see cref="MaxDelay"/> by <paramref name="now"/> (call it from a timer).</summary>
    public void Tick(DateTimeOffset now) => ReleaseExpired(now);

    /// <summary>Releases every waiting packet in order, giving up on the gaps (end of stream).</summary>
    public void Flush()
    {
        while (_count > 0)
        {
            ReleaseLowest();
        }
    }

    /// <summary>Drops every waiting packet and forgets the expected number (the source restarted).</summary>
    public void Reset()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            Free(ref _slots[i]);
        }

        _count = 0;
        _next = -1;
    }

    public void Dispose() => Reset();

    private void ReleaseExpired(DateTimeOffset now)
    {
        if (MaxDelay == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        // bounded: each round releases at least one packet
        while (_count > 0 && now - _waitingSince >= MaxDelay)
        {
            ReleaseLowest();
            if (_count > 0)
            {
                _waitingSince = LowestArrival();
            }
        }
    }

    private void ReleaseLowest()
    {
        // the first waiting packet after the gap at _next
        var lost = 0;
        while (_slots[_next % Capacity].Sequence != _next)
        {
            _next++;
            lost++;
        }

        Skipped += lost;
        ReleaseAt(lost);
        ReleaseReady();
    }

    private void ReleaseReady()
    {
        while (_count > 0 && _slots[_next % Capacity].Sequence == _next)
        {
            ReleaseAt(0);
        }
    }

    private void ReleaseAt(int lostBefore)
    {
        ref var slot = ref _slots[_next % Capacity];
        var sequence = _next;
        _next++;
        _count--;
        Reordered++;
        var buffer = slot.Buffer!;
        var length = slot.Length;
        var arrival = slot.Arrival;
        slot.Sequence = -1;
        slot.Buffer = null;
        try
        {
            if (RtpPacket.TryParse(buffer.AsMemory(0, length), out var packet))
            {
                _handler(packet, sequence, lostBefore, arrival);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private DateTimeOffset LowestArrival()
    {
        for (var s = _next; s < _next + Capacity; s++)
        {
            ref var slot = ref _slots[s % Capacity];
            if (slot.Sequence == s)
            {
                return slot.Arrival;
            }
        }

        return DateTimeOffset.MaxValue;
    }

    private static void Free(ref Slot slot)
    {
        if (slot.Buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(slot.Buffer);
        }

        slot.Buffer = null;
        slot.Sequence = -1;
    }

    private struct Slot
    {
        public long Sequence;
        public byte[]? Buffer;
        public int Length;
        public DateTimeOffset Arrival;
    }
}
