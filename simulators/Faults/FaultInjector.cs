using System.Threading.Channels;
using Vms.Simulators.Camera;

namespace Vms.Simulators.Faults;

/// <summary>
/// Applies and ends faults on the cameras of a fleet. Every change runs on one loop (so a fault and its end,
/// a control API call and a schedule never interleave on a camera); timed ends are timers of the fleet's
/// <see cref="TimeProvider"/> that only post work to that loop. <see cref="Transition"/> reports each start
/// and end (tests wait on it).
/// </summary>
internal sealed partial class FaultInjector : IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<Work> _work = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<SimulatedCamera, CameraFaults> _cameras = [];
    private readonly Lock _gate = new();
    private Task? _loop;

    public FaultInjector(TimeProvider time, ILogger logger)
    {
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised on the injector's loop after a fault started or ended.</summary>
    public event Action<FaultTransition>? Transition;

    public void Start() => _loop ??= Task.Run(() => LoopAsync(_stop.Token));

    /// <summary>Applies a fault now (replacing the same kind if active); completes once the camera is changed.</summary>
    public Task ApplyAsync(SimulatedCamera camera, FaultRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return Post(camera, ct => StartFaultAsync(camera, request, ct), cancellationToken);
    }

    /// <summary>Ends every active fault of the camera (back online, clock restored, flags reset).</summary>
    public Task ClearAsync(SimulatedCamera camera, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(camera);
        return Post(camera, ct => ClearFaultsAsync(camera, ct), cancellationToken);
    }

    /// <summary>The faults active on a camera now.</summary>
    public IReadOnlyList<ActiveFault> Active(SimulatedCamera camera)
    {
        lock (_gate)
        {
            return _cameras.TryGetValue(camera, out var faults)
                ? [.. faults.Active.Values.Select(a => a.Info).OrderBy(a => a.Kind)]
                : [];
        }
    }

    /// <summary>Posts work without waiting (timers); its failure is logged by the loop.</summary>
    internal void Enqueue(SimulatedCamera camera, Func<CancellationToken, Task> action) =>
        _work.Writer.TryWrite(new Work(camera, action, null));

    private Task Post(SimulatedCamera camera, Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectDisposedException.ThrowIf(!_work.Writer.TryWrite(new Work(camera, action, done)), this);

        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var work in _work.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await work.Action(cancellationToken).ConfigureAwait(false);
                    work.Done?.TrySetResult();
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    work.Done?.TrySetCanceled(cancellationToken);
                    throw;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    FaultLog.WorkFailed(_logger, work.Camera.Name, ex);
                    work.Done?.TrySetException(ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        while (_work.Reader.TryRead(out var left))
        {
            left.Done?.TrySetCanceled(CancellationToken.None);
        }
    }

    private void Raise(SimulatedCamera camera, FaultKind kind, bool started) =>
        Transition?.Invoke(new FaultTransition(camera.Name, kind, started, _time.GetUtcNow()));

    public async ValueTask DisposeAsync()
    {
        _work.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        lock (_gate)
        {
            foreach (var faults in _cameras.Values)
            {
                foreach (var active in faults.Active.Values)
                {
                    active.EndTimer?.Dispose();
                }
            }

            _cameras.Clear();
        }

        _stop.Dispose();
    }

    private sealed record Work(SimulatedCamera Camera, Func<CancellationToken, Task> Action, TaskCompletionSource? Done);

    private sealed class CameraFaults
    {
        public Dictionary<FaultKind, Applied> Active { get; } = [];

        /// <summary>The clock skew before the first clock-skew fault (restored at its end).</summary>
        public TimeSpan? SkewBefore { get; set; }
    }

    private sealed class Applied(ActiveFault info, ITimer? endTimer)
    {
        public ActiveFault Info { get; } = info;

        public ITimer? EndTimer { get; } = endTimer;
    }
}
