using System.Threading.Tasks.Sources;

namespace Vms.Rtsp.Transport;

/// <summary>
/// A bounded many-producer, single-consumer queue of <see cref="OutboundItem"/>s. Producers never wait: an
/// entry that does not fit is refused (the caller then drops the slow peer). The single consumer waits
/// without allocating (a reusable value-task source), so forwarding a packet allocates nothing. A producer never runs
/// the consumer: a wake-up queues the queue itself as a thread-pool work item (no allocation), so the consumers of
/// many queues filled by one producer run in parallel on the pool, in the order they were woken.
/// </summary>
internal sealed class OutboundQueue : IValueTaskSource<bool>, IThreadPoolWorkItem
{
    private readonly Lock _gate = new();
    private readonly OutboundQueueLimits _limits;
    private ManualResetValueTaskSourceCore<bool> _signal = new() { RunContinuationsAsynchronously = false };
    private bool _wakeResult;
    private OutboundItem[] _ring;
    private int _head;
    private int _count;
    private long _bytes;
    private bool _waiting;
    private bool _completed;

    public OutboundQueue(OutboundQueueLimits limits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxItems, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxBytes, 1);
        _limits = limits;
        _ring = new OutboundItem[Math.Min(limits.MaxItems, 64)];
    }

    public OutboundQueueLimits Limits => _limits;

    /// <summary>Entries waiting to be sent.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Wire bytes waiting to be sent.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>True once <see cref="Complete"/> was called.</summary>
    public bool IsCompleted
    {
        get
        {
            lock (_gate)
            {
                return _completed;
            }
        }
    }

    /// <summary>Adds an entry; false when the queue is full or completed (nothing is queued then).</summary>
    public bool TryEnqueue(in OutboundItem item)
    {
        bool wake;
        lock (_gate)
        {
            if (_completed || _count >= _limits.MaxItems || (_count > 0 && _bytes + item.WireLength > _limits.MaxBytes))
            {
                return false;
            }

            if (_count == _ring.Length)
            {
                Grow();
            }

            _ring[(_head + _count) % _ring.Length] = item;
            _count++;
            _bytes += item.WireLength;
            wake = _waiting;
            _waiting = false;
        }

        if (wake)
        {
            Wake(true);
        }

        return true;
    }

    /// <summary>
    /// Adds every buffer of <paramref name="data"/> on one channel under one lock and with at most one wake-up
    /// (a whole access unit for one viewer); false when they do not all fit (those that fit are queued).
    /// </summary>
    public bool TryEnqueueMany(ReadOnlySpan<ReadOnlyMemory<byte>> data, int channel) => TryEnqueueMany(data, channel, framed: false);

    /// <summary>
    /// Like <see cref="TryEnqueueMany(ReadOnlySpan{ReadOnlyMemory{byte}}, int)"/> for packets whose interleaved header
    /// precedes them in their array: each is queued widened over its header, as bytes written as they are.
    /// </summary>
    public bool TryEnqueueFramed(ReadOnlySpan<ReadOnlyMemory<byte>> packets) => TryEnqueueMany(packets, OutboundItem.Raw, framed: true);

    private bool TryEnqueueMany(ReadOnlySpan<ReadOnlyMemory<byte>> data, int channel, bool framed)
    {
        bool wake;
        var all = true;
        lock (_gate)
        {
            if (_completed)
            {
                return false;
            }

            foreach (var buffer in data)
            {
                var item = new OutboundItem(framed ? WidenOverHeader(buffer) : buffer, channel);
                if (_count >= _limits.MaxItems || (_count > 0 && _bytes + item.WireLength > _limits.MaxBytes))
                {
                    all = false;
                    break;
                }

                if (_count == _ring.Length)
                {
                    Grow();
                }

                _ring[(_head + _count) % _ring.Length] = item;
                _count++;
                _bytes += item.WireLength;
            }

            wake = _waiting && _count > 0;
            if (wake)
            {
                _waiting = false;
            }
        }

        if (wake)
        {
            Wake(true);
        }

        return all;
    }

    /// <summary>Takes the oldest entry.</summary>
    public bool TryDequeue(out OutboundItem item)
    {
        lock (_gate)
        {
            if (_count == 0)
            {
                item = default;
                return false;
            }

            item = _ring[_head];
            _ring[_head] = default; // let the buffer go
            _head = (_head + 1) % _ring.Length;
            _count--;
            _bytes -= item.WireLength;
            return true;
        }
    }

    /// <summary>Takes up to <paramref name="into"/>.Length of the oldest entries under one lock; returns how many.</summary>
    public int TryDequeueMany(Span<OutboundItem> into)
    {
        lock (_gate)
        {
            var taken = Math.Min(_count, into.Length);
            for (var i = 0; i < taken; i++)
            {
                ref var slot = ref _ring[_head];
                into[i] = slot;
                _bytes -= slot.WireLength;
                slot = default; // let the buffer go
                _head = (_head + 1) % _ring.Length;
            }

            _count -= taken;
            return taken;
        }
    }

    /// <summary>
    /// Completes when an entry is available (true) or the queue is completed and empty (false). One
    /// consumer only; call again only after the previous wait has completed.
    /// </summary>
    public ValueTask<bool> WaitToReadAsync()
    {
        lock (_gate)
        {
            if (_count > 0)
            {
                return new ValueTask<bool>(true);
            }

            if (_completed)
            {
                return new ValueTask<bool>(false);
            }

            _signal.Reset();
            _waiting = true;
            return new ValueTask<bool>(this, _signal.Version);
        }
    }

    /// <summary>Refuses further entries; the consumer drains what is queued and then sees false.</summary>
    public void Complete()
    {
        bool wake;
        lock (_gate)
        {
            _completed = true;
            wake = _waiting;
            _waiting = false;
        }

        if (wake)
        {
            Wake(false);
        }
    }

    /// <summary>Drops every queued entry (after an abort).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
            _head = 0;
            _count = 0;
            _bytes = 0;
        }
    }

    bool IValueTaskSource<bool>.GetResult(short token) => _signal.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _signal.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _signal.OnCompleted(continuation, state, token, flags);

    /// <summary>Runs the waiting consumer's continuation on the thread pool (outside every producer's lock and thread).</summary>
    void IThreadPoolWorkItem.Execute() => _signal.SetResult(_wakeResult);

    private void Wake(bool result)
    {
        _wakeResult = result;
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    private static ReadOnlyMemory<byte> WidenOverHeader(ReadOnlyMemory<byte> packet)
    {
        if (!System.Runtime.InteropServices.MemoryMarshal.TryGetArray(packet, out var segment) || segment.Offset < 4)
        {
            throw new ArgumentException("a framed packet is preceded by its interleaved header in its array", nameof(packet));
        }

        return new ReadOnlyMemory<byte>(segment.Array, segment.Offset - 4, segment.Count + 4);
    }

    private void Grow()
    {
        var bigger = new OutboundItem[Math.Min(_limits.MaxItems, _ring.Length * 2)];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = _ring[(_head + i) % _ring.Length];
        }

        _ring = bigger;
        _head = 0;
    }
}
