namespace Vms.Host.Security;

/// <summary>
/// Lockout with backoff after repeated failed logins, per account and per client address: after
/// <see cref="FreeAttempts"/> failures each further failure doubles the wait (1 s, 2 s, 4 s ... up to
/// <see cref="MaxLockout"/>). A success clears the account's count. Time comes from <see cref="TimeProvider"/>.
/// </summary>
public sealed class LoginThrottle(TimeProvider time, int freeAttempts = 5, TimeSpan? maxLockout = null)
{
    private const int MaxTracked = 100_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Failures, DateTimeOffset LockedUntil)> _state = new(StringComparer.Ordinal);

    public int FreeAttempts { get; } = freeAttempts;

    public TimeSpan MaxLockout { get; } = maxLockout ?? TimeSpan.FromMinutes(15);

    /// <summary>When the key (account or address) may try again; null if it may now.</summary>
    public DateTimeOffset? LockedUntil(string key)
    {
        lock (_gate)
        {
            return _state.TryGetValue(key, out var s) && s.LockedUntil > time.GetUtcNow() ? s.LockedUntil : null;
        }
    }

    /// <summary>Counts a failure; returns the lockout it causes, if any.</summary>
    public DateTimeOffset? Failed(string key)
    {
        lock (_gate)
        {
            if (_state.Count >= MaxTracked && !_state.ContainsKey(key))
            {
                Prune();
            }

            _state.TryGetValue(key, out var s);
            var failures = s.Failures + 1;
            DateTimeOffset? until = null;
            if (failures > FreeAttempts)
            {
                var exponent = Math.Min(failures - FreeAttempts - 1, 20);
                var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, exponent), MaxLockout.TotalSeconds));
                until = time.GetUtcNow() + wait;
            }

            _state[key] = (failures, until ?? s.LockedUntil);
            return until;
        }
    }

    public void Succeeded(string key)
    {
        lock (_gate)
        {
            _state.Remove(key);
        }
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var k in _state.Where(kv => kv.Value.LockedUntil <= now).Select(kv => kv.Key).ToList())
        {
            _state.Remove(k);
        }
    }
}
