namespace Vms.Onvif.Security;

/// <summary>
/// Remembers values (nonces) until they expire, bounded in size: when full the oldest entry is forgotten. Entries
/// are added with non-decreasing lifetimes in practice, so the insertion queue is also the expiry order.
/// </summary>
internal sealed class NonceReplayCache(int capacity)
{
    private readonly Dictionary<string, DateTimeOffset> _entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> _order = new();
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Adds <paramref name="key"/>; false when it is already present and not expired (a replay).</summary>
    public bool TryAdd(string key, DateTimeOffset now, DateTimeOffset expires)
    {
        lock (_gate)
        {
            Evict(now);
            if (_entries.TryGetValue(key, out var until) && until > now)
            {
                return false;
            }

            while (_entries.Count >= capacity && _order.TryDequeue(out var oldest))
            {
                _entries.Remove(oldest.Key);
            }

            _entries[key] = expires;
            _order.Enqueue((key, expires));
            return true;
        }
    }

    private void Evict(DateTimeOffset now)
    {
        // bounded by the queue length
        while (_order.TryPeek(out var head) && head.Expires <= now)
        {
            _order.Dequeue();
            if (_entries.TryGetValue(head.Key, out var until) && until <= now)
            {
                _entries.Remove(head.Key);
            }
        }
    }
}
