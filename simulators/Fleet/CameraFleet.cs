using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Onvif.Discovery;
using Vms.Onvif.Security;
using Vms.Simulators.Camera;
using Vms.Simulators.Faults;

namespace Vms.Simulators.Fleet;

/// <summary>
/// A fleet of simulated cameras in this process: each <see cref="SimulatedCamera"/> on its address and ports,
/// one shared WS-Discovery responder, the fault injector with the fleet file's schedule, and the local fault
/// control API. Used by the simulator's command line and, in-process, by the host's demo mode and tests.
/// </summary>
public sealed class CameraFleet : IAsyncDisposable
{
    private readonly FleetOptions _options;
    private readonly ILogger _logger;
    private readonly List<FleetCamera> _cameras = [];
    private readonly Dictionary<string, FleetCamera> _byName = new(StringComparer.OrdinalIgnoreCase);
    private DiscoveryResponder? _discovery;
    private FaultScheduler? _scheduler;
    private FleetControlApi? _control;
    private bool _disposed;

    private CameraFleet(FleetOptions options)
    {
        _options = options;
        Loggers = options.LoggerFactory ?? NullLoggerFactory.Instance;
        _logger = Loggers.CreateLogger<CameraFleet>();
        Faults = new FaultInjector(options.TimeProvider, Loggers.CreateLogger<FaultInjector>());
    }

    /// <summary>The running cameras, in the order of <see cref="FleetOptions.Cameras"/>.</summary>
    public IReadOnlyList<FleetCamera> Cameras => _cameras;

    /// <summary><c>http://127.0.0.1:port/</c> of the fault control API (null when not enabled).</summary>
    public Uri? ControlUri => _control?.Uri;

    internal FaultInjector Faults { get; }

    internal ILoggerFactory Loggers { get; }

    internal TimeProvider Time => _options.TimeProvider;

    /// <summary>The camera of that name (case-insensitive), or null.</summary>
    public FleetCamera? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Starts every camera (all or nothing: on failure the started ones are stopped and the error thrown).</summary>
    public static async Task<CameraFleet> StartAsync(FleetOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var fleet = new CameraFleet(options);
        try
        {
            await fleet.StartCoreAsync(cancellationToken).ConfigureAwait(false);
            return fleet;
        }
        catch
        {
            await fleet.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(_options.DataFolder);
        Faults.Start();
        if (_options.DiscoveryInterface is not null)
        {
            _discovery = new DiscoveryResponder(new DiscoveryResponderOptions { Port = _options.DiscoveryPort }, _options.TimeProvider, Loggers.CreateLogger<DiscoveryResponder>());
        }

        var specs = _options.Cameras;
        var first = await StartCameraAsync(specs[0], cancellationToken).ConfigureAwait(false);
        Add(first);
        var (httpPort, rtspPort) = (first.Camera.HttpPort, first.Camera.RtspPort);
        await Parallel.ForEachAsync(
            Enumerable.Range(1, specs.Count - 1),
            new ParallelOptions { MaxDegreeOfParallelism = _options.StartConcurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var spec = specs[i];
                if (_options.SamePorts)
                {
                    spec = spec with
                    {
                        HttpPort = spec.HttpPort == 0 ? httpPort : spec.HttpPort,
                        RtspPort = spec.RtspPort == 0 ? rtspPort : spec.RtspPort,
                    };
                }

                Add(await StartCameraAsync(spec, ct).ConfigureAwait(false));
            }).ConfigureAwait(false);
        lock (_cameras)
        {
            var order = specs.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.OrdinalIgnoreCase);
            _cameras.Sort((a, b) => order[a.Name].CompareTo(order[b.Name]));
        }

        if (_discovery is not null)
        {
            await _discovery.StartAsync(cancellationToken).ConfigureAwait(false);
            FleetLog.DiscoveryStarted(_logger, _discovery.Port, _discovery.DeviceCount);
        }

        _scheduler = new FaultScheduler(Faults, _options.TimeProvider, Loggers.CreateLogger<FaultScheduler>());
        _scheduler.Start(_options.Faults, name => Find(name)?.Camera);
        if (_options.ControlPort is { } port)
        {
            _control = await FleetControlApi.StartAsync(this, port, cancellationToken).ConfigureAwait(false);
            FleetLog.ControlListening(_logger, _control.Uri);
        }

        FleetLog.Started(_logger, _cameras.Count, watch.Elapsed);
    }

    private void Add(FleetCamera camera)
    {
        lock (_cameras)
        {
            _cameras.Add(camera);
            _byName[camera.Name] = camera;
        }
    }

    private async Task<FleetCamera> StartCameraAsync(FleetCameraSpec spec, CancellationToken cancellationToken)
    {
        var camera = new SimulatedCamera(new SimulatedCameraOptions
        {
            Name = spec.Name,
            Kind = spec.Kind,
            Address = spec.Address,
            HttpPort = spec.HttpPort,
            RtspPort = spec.RtspPort,
            DataFolder = Path.Combine(_options.DataFolder, spec.Name),
            Users = [new OnvifUser(spec.Username, spec.Password, OnvifUserLevel.Administrator)],
            MainStream = spec.MainStream,
            SubStream = spec.SubStream,
            Location = spec.Location,
            Hardware = spec.Hardware,
            AlwaysEncode = _options.AlwaysEncode,
            Discovery = _discovery,
            TimeProvider = _options.TimeProvider,
            LoggerFactory = Loggers,
        });
        var fleetCamera = new FleetCamera(spec, camera);
        try
        {
            await camera.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            FleetLog.CameraStartFailed(_logger, spec.Name, ex);
            await camera.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"camera '{spec.Name}' could not start on {spec.Address} (HTTP {spec.HttpPort}, RTSP {spec.RtspPort}): {ex.Message}", ex);
        }

        return fleetCamera;
    }

    /// <summary>Stops the control API and the schedule, then every camera (Bye), then discovery.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_control is not null)
        {
            await _control.DisposeAsync().ConfigureAwait(false);
        }

        _scheduler?.Dispose();
        await Faults.DisposeAsync().ConfigureAwait(false);
        FleetCamera[] cameras;
        lock (_cameras)
        {
            cameras = [.. _cameras];
        }

        await Parallel.ForEachAsync(cameras, new ParallelOptions { MaxDegreeOfParallelism = _options.StartConcurrency }, async (c, _) =>
            await c.Camera.DisposeAsync().ConfigureAwait(false)).ConfigureAwait(false);
        if (_discovery is not null)
        {
            await _discovery.DisposeAsync().ConfigureAwait(false);
        }

        FleetLog.Stopped(_logger);
    }
}
