using Microsoft.Extensions.Options;
using Vms.Host.Cameras.Registry;
using Vms.Host.Streaming;

namespace Vms.Host.Cameras.Supervision;

/// <summary>
/// The hosted service running one <see cref="CameraSupervisor"/> per adopted camera. It follows the registry: a camera
/// added gets a supervisor, one removed loses it, one whose connection changed (device, profiles, credentials) is
/// restarted, and other changes (masks, encoder, names) are handed to the running supervisor without reconnecting.
/// Without a registered <see cref="IStreamIngest"/> nothing is supervised (a warning says so).
/// </summary>
public sealed partial class CameraSupervisorHost : IHostedService, IAsyncDisposable
{
    private readonly CameraRegistry _registry;
    private readonly CameraDevices _devices;
    private readonly IStreamIngest? _ingest;
    private readonly CameraStates _states;
    private readonly CameraOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, CameraSupervisor> _supervisors = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _reconciles = [];
    private bool _running;

    public CameraSupervisorHost(CameraRegistry registry, CameraDevices devices, IEnumerable<IStreamIngest> ingests, CameraStates states, IOptions<CameraOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(ingests);
        ArgumentNullException.ThrowIfNull(options);
        _registry = registry;
        _devices = devices;
        _ingest = ingests.LastOrDefault();
        _states = states;
        _options = options.Value;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<CameraSupervisorHost>();
    }

    /// <summary>Ids of the cameras currently supervised.</summary>
    public IReadOnlyList<string> Supervised
    {
        get
        {
            lock (_supervisors)
            {
                return [.. _supervisors.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_ingest is null)
        {
            var count = (await _registry.ListRecordsAsync(cancellationToken).ConfigureAwait(false)).Count;
            SupervisorLog.NoIngest(_logger, count);
            return;
        }

        _running = true;
        _registry.Changed += OnRegistryChanged;
        await ReconcileAsync(null, cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _registry.Changed -= OnRegistryChanged;
        if (!_running)
        {
            return;
        }

        _running = false;
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task[] pending;
        lock (_reconciles)
        {
            pending = [.. _reconciles];
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CameraSupervisor[] all;
            lock (_supervisors)
            {
                all = [.. _supervisors.Values];
                _supervisors.Clear();
            }

            foreach (var supervisor in all)
            {
                await supervisor.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _gate.Dispose();
        _stopping.Dispose();
    }

    private void OnRegistryChanged(object? sender, string cameraId)
    {
        // the event is raised synchronously by the registry's writer: the reconciliation runs apart and is awaited at stop
        var task = ReconcileGuardedAsync(cameraId);
        lock (_reconciles)
        {
            _reconciles.RemoveAll(t => t.IsCompleted);
            _reconciles.Add(task);
        }
    }

    private async Task ReconcileGuardedAsync(string cameraId)
    {
        await Task.Yield();
        try
        {
            await ReconcileAsync(cameraId, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or Data.HostDatabaseException or InvalidOperationException)
        {
            LogReconcileFailed(_logger, cameraId, ex.Message);
        }
    }

    /// <summary>Brings the supervisors in line with the registry (one camera, or all when <paramref name="cameraId"/> is null).</summary>
    private async Task ReconcileAsync(string? cameraId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var records = cameraId is null
                ? await _registry.ListRecordsAsync(cancellationToken).ConfigureAwait(false)
                : await _registry.GetAsync(cameraId, cancellationToken).ConfigureAwait(false) is { } one ? [one] : [];
            var wanted = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
            var scope = cameraId is null ? Supervised : [cameraId];
            foreach (var id in scope.Where(id => !wanted.ContainsKey(id)))
            {
                await RemoveAsync(id).ConfigureAwait(false);
                _states.Remove(id);
            }

            foreach (var record in records)
            {
                CameraSupervisor? current;
                lock (_supervisors)
                {
                    _supervisors.TryGetValue(record.Id, out current);
                }

                if (current is not null && SameConnection(current.Record, record))
                {
                    current.UpdateDesired(record);
                    continue;
                }

                if (current is not null)
                {
                    await RemoveAsync(record.Id).ConfigureAwait(false);
                }

                var supervisor = new CameraSupervisor(record, _registry, _devices, _ingest!, _states, _options, _time, _loggers);
                lock (_supervisors)
                {
                    _supervisors[record.Id] = supervisor;
                }

                supervisor.Start();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RemoveAsync(string cameraId)
    {
        CameraSupervisor? supervisor;
        lock (_supervisors)
        {
            _supervisors.Remove(cameraId, out supervisor);
        }

        if (supervisor is not null)
        {
            await supervisor.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static bool SameConnection(CameraRecord a, CameraRecord b) =>
        a.DeviceService == b.DeviceService && a.MainProfile == b.MainProfile && a.SubProfile == b.SubProfile
        && a.HasCredentials == b.HasCredentials;

    [LoggerMessage(EventId = 5241, Level = LogLevel.Warning, Message = "Camera {CameraId}: could not follow a registry change: {Reason}")]
    private static partial void LogReconcileFailed(ILogger logger, string cameraId, string reason);
}
