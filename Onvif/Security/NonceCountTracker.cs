namespace Vms.Onvif.Security;

/// <summary>
/// Nonce-count replay detection per server nonce: the highest nc seen plus a 64-entry window below it (requests
/// sent in parallel may arrive out of order). Bounded: when full, the entry closest to expiry is dropped.
/// </summary>
internal sealed class NonceCountTracker(int capacity)
{
    private const int WindowSize = 64;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Nonce, DateTimeOffset Expires)> _order = new();
    private readonly Lock _gate = new();

    /// <summary>Records <paramref name="nc"/> for <paramref name="nonce"/>; false when it was used before.</summary>
    public bool TryUse(string nonce, ulong nc, DateTimeOffset now, DateTimeOffset expires)
    {
        lock (_gate)
        {
            while (_order.TryPeek(out var head) && (head.Expires <= now || _entries.Count >= capacity))
            {
                _order.Dequeue();
                _entries.Remove(head.Nonce);
            }

            if (!_entries.TryGetValue(nonce, out var e))
            {
                _entries[nonce] = new Entry(nc, 1);
                _order.Enqueue((nonce, expires));
                return true;
            }

            if (nc > e.Highest)
            {
                var shift = nc - e.Highest;
                var bitmap = shift >= WindowSize ? 0 : e.Seen << (int)shift;
                _entries[nonce] = new Entry(nc, bitmap | 1);
                return true;
            }

            var back = e.Highest - nc;
            if (back >= WindowSize)
            {
                return false;
            }

            var bit = 1UL << (int)back;
            if ((e.Seen & bit) != 0)
            {
                return false;
            }

            _entries[nonce] = e with { Seen = e.Seen | bit };
            return true;
        }
    }

    private readonly record struct Entry(ulong Highest, ulong Seen);
}
