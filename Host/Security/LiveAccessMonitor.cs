using System.Collections.Concurrent;
using Vms.Host.Audit;

namespace Vms.Host.Security;

/// <summary>
/// Watches running live views: when a lease's right may end (its <see cref="AccessDecision.ValidUntil"/>, e.g. the
/// 20:00 hand-over from municipal to national police), the right is checked again; if it no longer holds, the
/// hand-over is audited and the lease revoked (the RTSP layer closes the session). When another grant still
/// holds, the lease is re-armed for that grant's end. <see cref="RecheckAllAsync"/> re-checks every lease now
/// (after a user is disabled or a grant removed).
/// </summary>
public sealed partial class LiveAccessMonitor(IAuditLog audit, TimeProvider time, ILogger<LiveAccessMonitor> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<LiveAccess, Watch> _watches = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Live views being watched.</summary>
    public int Count => _watches.Count;

    internal void Add(LiveAccess lease, DateTimeOffset? validUntil, AccessGate gate)
    {
        var watch = new Watch(lease, gate);
        _watches[lease] = watch;
        Arm(watch, validUntil);
    }

    internal void Remove(LiveAccess lease)
    {
        if (_watches.TryRemove(lease, out var watch))
        {
            watch.Timer?.Dispose();
        }
    }

    /// <summary>Re-checks every running live view now (rights or accounts changed).</summary>
    public async Task RecheckAllAsync(CancellationToken cancellationToken)
    {
        foreach (var watch in _watches.Values.ToList())
        {
            await RecheckAsync(watch, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Arm(Watch watch, DateTimeOffset? validUntil)
    {
        watch.Timer?.Dispose();
        watch.Timer = null;
        if (validUntil is not { } until)
        {
            return;
        }

        var due = until - time.GetUtcNow();
        watch.Timer = time.CreateTimer(_ => Track(RecheckAsync(watch, _stopping.Token)), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private void Track(Task task)
    {
        _running[task] = 0;
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task RecheckAsync(Watch watch, CancellationToken cancellationToken)
    {
        var lease = watch.Lease;
        if (!_watches.ContainsKey(lease))
        {
            return;
        }

        try
        {
            var decision = await watch.Gate.EvaluateAsync(new AccessRequest(lease.User, Rights.Live, lease.Camera, ClientAddress: lease.ClientAddress), cancellationToken).ConfigureAwait(false);
            if (decision.Allowed)
            {
                Arm(watch, decision.ValidUntil);
                return;
            }

            Remove(lease);
            LogHandOver(logger, lease.User, lease.Camera.Id, decision.Reason);
            await audit.AppendAsync(AuditRecord.Of(AuditActions.LiveHandOver, lease.User, AuditRecord.CameraTarget(lease.Camera.Id), lease.ClientAddress, ("reason", decision.Reason), ("startedAt", lease.StartedAt)), cancellationToken).ConfigureAwait(false);
            lease.Revoke(decision.Reason);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // the right could not be checked: fail closed
            Remove(lease);
            LogRecheckFailed(logger, lease.User, lease.Camera.Id, e);
            lease.Revoke("the right could not be checked: " + e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var watch in _watches.Values)
        {
            watch.Timer?.Dispose();
        }

        await Task.WhenAll(_running.Keys).ConfigureAwait(false);
        _stopping.Dispose();
    }

    [LoggerMessage(EventId = 5420, Level = LogLevel.Information, Message = "Live view of camera {Camera} by '{User}' ends at the hand-over: {Reason}")]
    private static partial void LogHandOver(ILogger logger, string user, string camera, string reason);

    [LoggerMessage(EventId = 5421, Level = LogLevel.Error, Message = "Live view of camera {Camera} by '{User}' closed: its right could not be re-checked")]
    private static partial void LogRecheckFailed(ILogger logger, string user, string camera, Exception exception);

    private sealed class Watch(LiveAccess lease, AccessGate gate)
    {
        public LiveAccess Lease { get; } = lease;

        public AccessGate Gate { get; } = gate;

        public ITimer? Timer { get; set; }
    }
}
