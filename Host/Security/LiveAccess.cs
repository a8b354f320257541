namespace Vms.Host.Security;

/// <summary>
/// A running live view granted by <see cref="IAccessGate.OpenLiveAsync"/>. <see cref="Revoked"/> fires when the
/// user's right ends (schedule hand-over, account disabled, grant removed): close the session then.
/// Dispose when the session ends (audits <c>live.stop</c> with the duration).
/// </summary>
public sealed class LiveAccess : IAsyncDisposable
{
    private readonly Func<LiveAccess, ValueTask>? _onDispose;
    private readonly CancellationTokenSource _revoked = new();
    private int _disposed;

    internal LiveAccess(AccessDecision decision, string user, CameraRef camera, string? clientAddress, DateTimeOffset startedAt, Func<LiveAccess, ValueTask>? onDispose)
    {
        Decision = decision;
        User = user;
        Camera = camera;
        ClientAddress = clientAddress;
        StartedAt = startedAt;
        _onDispose = onDispose;
    }

    public AccessDecision Decision { get; }

    public bool Allowed => Decision.Allowed;

    public string User { get; }

    public CameraRef Camera { get; }

    public string? ClientAddress { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>Cancelled when the right ends; register the session's close on it.</summary>
    public CancellationToken Revoked => _revoked.Token;

    /// <summary>Why the right ended (set before <see cref="Revoked"/> fires).</summary>
    public string? RevokedReason { get; private set; }

    internal void Revoke(string reason)
    {
        RevokedReason = reason;
        _revoked.Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_onDispose is not null)
        {
            await _onDispose(this).ConfigureAwait(false);
        }

        _revoked.Dispose();
    }
}
