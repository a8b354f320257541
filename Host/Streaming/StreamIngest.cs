using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Vms.Host.Cameras;
using Vms.Host.Options;
using Vms.Host.Recording;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;
using Vms.Storage.Recording;
using Vms.Storage.Segments;

namespace Vms.Host.Streaming;

/// <summary>
/// The stream hubs: one per camera stream, created by the first feed and kept for the counters. Whether a
/// camera records comes from the camera registry (<see cref="ICameraCatalog"/>), cached at start and refreshed on
/// its <see cref="ICameraCatalog.Changed"/> event; without a registry (an embedding application feeding streams
/// itself) every stream is recorded. Stopping ends every feed and waits until each open segment is finalized.
/// </summary>
public sealed class StreamIngest : IStreamIngest, IHostedService, IAsyncDisposable
{
    private readonly ConcurrentDictionary<StreamKey, StreamHub> _hubs = new();
    private readonly ConcurrentDictionary<string, CameraInfo> _cameras = new(StringComparer.Ordinal);
    private readonly Channel<string> _changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly ICameraCatalog? _catalog;
    private readonly HubServices _services;
    private readonly ILogger _logger;
    private Task _loop = Task.CompletedTask;
    private int _stopped;

    public StreamIngest(RecordingStorage storage, IServiceProvider services, IOptions<VmsOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        _catalog = services.GetService<ICameraCatalog>();
        _logger = loggers.CreateLogger<StreamIngest>();
        _services = new HubServices(
            storage,
            new SegmentWriterOptions { MaxSegmentDuration = options.Value.Recording.SegmentDuration },
            new RtspStreamOptions(),
            time,
            _logger,
            loggers.CreateLogger<RtspStream>(),
            loggers.CreateLogger<CameraRecorder>());
    }

    /// <summary>Raised on the ingest's loop after a registry change of a camera was applied (its id).</summary>
    internal event Action<string>? CatalogChangeApplied;

    /// <summary>True when a camera registry decides what records (false: everything fed is recorded).</summary>
    public bool HasCatalog => _catalog is not null;

    public IStreamFeed Open(string cameraId, CameraStreamKind stream, IReadOnlyList<MediaTrack> tracks)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cameraId);
        ArgumentNullException.ThrowIfNull(tracks);
        if (tracks.Count == 0)
        {
            throw new ArgumentException("a feed needs at least one track", nameof(tracks));
        }

        if (Volatile.Read(ref _stopped) != 0)
        {
            throw new InvalidOperationException("the stream ingest is stopping");
        }

        var key = new StreamKey(cameraId, stream);
        var hub = _hubs.GetOrAdd(key, k => new StreamHub(k, _services, IsRecordingEnabled(k.CameraId)));
        if (_catalog is not null && !_cameras.ContainsKey(cameraId))
        {
            _changes.Writer.TryWrite(cameraId); // a camera adopted just now: learn its recording switch
        }

        return hub.Open(tracks);
    }

    /// <summary>The hub of a camera stream, or null when it was never fed.</summary>
    public StreamHub? Find(StreamKey key) => _hubs.TryGetValue(key, out var hub) ? hub : null;

    /// <summary>Every hub, for metrics.</summary>
    public IReadOnlyList<StreamHub> Hubs => [.. _hubs.Values.OrderBy(h => h.Key.CameraId, StringComparer.Ordinal).ThenBy(h => h.Key.Kind)];

    /// <summary>What the registry says of a camera (null when unknown or without a registry).</summary>
    public CameraInfo? Camera(string cameraId) => _cameras.TryGetValue(cameraId, out var info) ? info : null;

    /// <summary>True when the camera is known: in the registry, or (without one) fed at least once.</summary>
    public async ValueTask<bool> IsKnownCameraAsync(string cameraId, CancellationToken cancellationToken)
    {
        if (_catalog is null)
        {
            return _hubs.Keys.Any(k => k.CameraId == cameraId);
        }

        return _cameras.ContainsKey(cameraId) || await _catalog.FindAsync(cameraId, cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_catalog is null)
        {
            return;
        }

        _catalog.Changed += OnCatalogChanged;
        foreach (var camera in await _catalog.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            _cameras[camera.Id] = camera;
        }

        _loop = RunAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        if (_catalog is not null)
        {
            _catalog.Changed -= OnCatalogChanged;
        }

        _changes.Writer.TryComplete();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);

        // every open segment is finished before the recording storage flushes the index (it stops after us)
        await Task.WhenAll(_hubs.Values.Select(h => h.CloseAsync())).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private bool IsRecordingEnabled(string cameraId) =>
        _catalog is null || (_cameras.TryGetValue(cameraId, out var info) && info.RecordingEnabled);

    private void OnCatalogChanged(object? sender, string cameraId) => _changes.Writer.TryWrite(cameraId);

    /// <summary>Applies registry changes one at a time (bounded by the change queue; ends when stopping completes it).</summary>
    private async Task RunAsync()
    {
        await Task.Yield();
        await foreach (var cameraId in _changes.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                var info = await _catalog!.FindAsync(cameraId, CancellationToken.None).ConfigureAwait(false);
                if (info is null)
                {
                    _cameras.TryRemove(cameraId, out _);
                }
                else
                {
                    _cameras[cameraId] = info;
                }

                foreach (var hub in _hubs.Values.Where(h => h.Key.CameraId == cameraId))
                {
                    hub.SetRecording(info?.RecordingEnabled ?? false);
                }

                CatalogChangeApplied?.Invoke(cameraId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                StreamingLog.CatalogRefreshFailed(_logger, cameraId, ex);
            }
        }
    }
}
