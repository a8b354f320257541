using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Onvif.Security;
using Vms.Onvif.Server;
using Vms.Simulators.Video;

namespace Vms.Simulators.Camera;

/// <summary>
/// One software ONVIF camera: Device, Media, Media2 (with privacy masks) and PTZ over SOAP/HTTP, its streams
/// over RTSP (Digest), WS-Discovery through a shared responder, and a configuration that survives restarts
/// (JSON in its data folder). Fault hooks (<see cref="GoOfflineAsync"/>, <see cref="RebootAsync"/>,
/// <see cref="DropRtspConnectionsAsync"/>, <see cref="StreamStalled"/>, <see cref="RefuseCredentials"/>,
/// <see cref="SoapDelay"/>, <see cref="ClockSkew"/>, <see cref="CorruptNalUnits"/>) let a fleet imitate real failures.
/// </summary>
public sealed partial class SimulatedCamera : IAsyncDisposable
{
    public const string MainPath = "main";
    public const string SubPath = "sub";

    private readonly Lock _stateGate = new();
    private readonly SemaphoreSlim _lifecycleGate = new(1, 1);
    private readonly SimulatedCameraOptions _options;
    private readonly CameraStateStore _store;
    private readonly CameraState _state;
    private readonly CameraClock _clock;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly CameraScene _scene;
    private readonly PtzMotion _ptz;
    private readonly Dictionary<StreamKind, CameraStream> _streams = [];
    private CameraLifecycle _lifecycle = CameraLifecycle.Created;

    public SimulatedCamera(SimulatedCameraOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _loggers = options.LoggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggers.CreateLogger<SimulatedCamera>();
        _store = new CameraStateStore(options.DataFolder);
        _state = Complete(_store.Load(), options);
        _clock = new CameraClock(options.TimeProvider) { Offset = _state.ClockOffset };
        _scene = new CameraScene(options.Name, options.Kind == CameraKind.Panoramic);
        _ptz = new PtzMotion(options.TimeProvider, ToPosition(_state.Position));
        _scene.SetPosition(_ptz.Position);
        ApplyMasksToScene();
        Dispatcher = CreateDispatcher();
        Snapshots = new CameraSnapshot(this);
        HttpPort = options.HttpPort;
        RtspPort = options.RtspPort;
        _store.Save(_state);
    }

    public string Name => _options.Name;

    public CameraKind Kind => _options.Kind;

    public IPAddress Address => _options.Address;

    /// <summary>The WS-Discovery endpoint reference (stable <c>urn:uuid:</c>, persisted).</summary>
    public string EndpointAddress => _state.EndpointAddress;

    public CameraLifecycle Lifecycle => _lifecycle;

    public bool IsOnline => _lifecycle == CameraLifecycle.Online;

    /// <summary>The bound HTTP port (the configured one, or the one chosen on first start when 0).</summary>
    public int HttpPort { get; private set; }

    /// <summary>The bound RTSP port (the configured one, or the one chosen on first start when 0).</summary>
    public int RtspPort { get; private set; }

    /// <summary><c>http://address:port/onvif/device_service</c>.</summary>
    public Uri DeviceServiceUri => new($"http://{HostText(Address)}:{HttpPort}/onvif/device_service");

    /// <summary>The RTSP URL of a stream as reached on the camera's own address.</summary>
    public Uri RtspUri(StreamKind stream) => new(RtspUri(HostText(Address), stream));

    /// <summary>The camera's clock (host time plus skew).</summary>
    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>The SOAP dispatcher: a transport-agnostic entry for tests and for the HTTP endpoint.</summary>
    internal SoapDispatcher Dispatcher { get; }

    internal SimulatedCameraOptions Options => _options;

    /// <summary>JPEG snapshots served on the HTTP port (GetSnapshotUri).</summary>
    internal CameraSnapshot Snapshots { get; }

    internal CameraClock Clock => _clock;

    internal CameraScene Scene => _scene;

    internal PtzMotion Ptz => _ptz;

    internal ILoggerFactory Loggers => _loggers;

    internal IReadOnlyDictionary<StreamKind, CameraStream> Streams => _streams;

    /// <summary>Creates the streams and opens the endpoints (HTTP, RTSP, discovery Hello).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _lifecycleGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_lifecycle == CameraLifecycle.Disposed, this);
            if (_lifecycle != CameraLifecycle.Created)
            {
                return;
            }

            foreach (var kind in new[] { StreamKind.Main, StreamKind.Sub })
            {
                var stream = new CameraStream(this, kind, _scene, EncoderSettings(kind), _clock, _loggers, _options.AlwaysEncode);
                _streams[kind] = stream;
                stream.Start();
            }

            await OpenEndpointsAsync(cancellationToken).ConfigureAwait(false);
            _lifecycle = CameraLifecycle.Online;
            CameraLog.Started(_logger, Name, Kind, DeviceServiceUri, RtspPort);
        }
        finally
        {
            _lifecycleGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lifecycleGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_lifecycle == CameraLifecycle.Disposed)
            {
                return;
            }

            _lifecycle = CameraLifecycle.Disposed;
            await _rebootCancel.CancelAsync().ConfigureAwait(false);
            await CloseEndpointsAsync(CancellationToken.None).ConfigureAwait(false);
            foreach (var stream in _streams.Values)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            _streams.Clear();
            lock (_stateGate)
            {
                _state.Position = FromPosition(_ptz.Position);
                _store.Save(_state);
            }

            CameraLog.Stopped(_logger, Name);
        }
        finally
        {
            _lifecycleGate.Release();
        }

        if (_reboot is { } reboot)
        {
            await reboot.ConfigureAwait(false);
        }

        _rebootCancel.Dispose();
    }

    /// <summary>Completes when the current PTZ move has ended (on the camera's time provider).</summary>
    public async Task WaitPtzIdleAsync(CancellationToken cancellationToken)
    {
        // bounded: each round waits for the end of the move known at that time; a new move restarts the wait
        for (var remaining = _ptz.Remaining; remaining > TimeSpan.Zero; remaining = _ptz.Remaining)
        {
            await Task.Delay(remaining, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Copies the PTZ position into the scene (called by the stream pumps before each frame).</summary>
    internal void FollowPtz()
    {
        var position = _ptz.Position;
        if (_scene.State.Position != position)
        {
            _scene.SetPosition(position);
        }
    }

    internal void LogClockSet() => CameraLog.ClockSet(_logger, Name, ClockSkew);

    internal string RtspUri(string host, StreamKind stream) =>
        $"rtsp://{host}:{RtspPort}/{(stream == StreamKind.Main ? MainPath : SubPath)}";

    internal static string HostText(IPAddress address) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    internal static PtzPosition ToPosition(CameraState.PositionState p) => new(p.Pan, p.Tilt, p.Zoom);

    internal static CameraState.PositionState FromPosition(PtzPosition p) => new() { Pan = p.Pan, Tilt = p.Tilt, Zoom = p.Zoom };

    private static CameraState InitialState(SimulatedCameraOptions options)
    {
        var state = new CameraState
        {
            Hostname = HostnameFrom(options.Name),
            ClockOffset = options.ClockSkew,
            Users = [.. options.Users.Select(u => new CameraState.UserState { Username = u.Username, Password = u.Password, Level = u.Level })],
        };
        state.Encoders[EncoderToken(StreamKind.Main)] = EncoderStateFrom(options.DefaultMain);
        state.Encoders[EncoderToken(StreamKind.Sub)] = EncoderStateFrom(options.DefaultSub);
        return state;
    }

    /// <summary>A saved state with the parts it lacks (older or hand-edited file) filled from the options.</summary>
    private static CameraState Complete(CameraState? saved, SimulatedCameraOptions options)
    {
        var initial = InitialState(options);
        if (saved is null)
        {
            return initial;
        }

        if (!saved.Users.Any(u => u.Level == OnvifUserLevel.Administrator))
        {
            saved.Users.AddRange(initial.Users.Where(u => !saved.Users.Any(s => s.Username == u.Username)));
        }

        foreach (var (token, encoder) in initial.Encoders)
        {
            if (!saved.Encoders.TryGetValue(token, out var e) || e.Width <= 0 || e.Height <= 0 || e.FramesPerSecond <= 0 || e.GopFrames <= 0)
            {
                saved.Encoders[token] = encoder;
            }
        }

        if (string.IsNullOrWhiteSpace(saved.Hostname))
        {
            saved.Hostname = initial.Hostname;
        }

        saved.Masks.RemoveAll(m => m.Points.Count < 3 || m.Points.Any(p => p.Length != 2));
        return saved;
    }

    private static string HostnameFrom(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray();
        var text = new string(chars).Trim('-');
        return text.Length == 0 ? "camera" : text[..Math.Min(text.Length, 63)];
    }

    private SoapDispatcher CreateDispatcher()
    {
        var dispatcher = new SoapDispatcher(
            new SoapDispatcherOptions
            {
                FindUser = FindUser,
                UsernameToken = new UsernameTokenOptions { Window = _options.UsernameTokenWindow, RejectReplays = _options.RejectReplayedUsernameTokens },
                EnableUsernameToken = _options.AcceptUsernameToken,
                AcceptSoap12 = _options.AcceptSoap12,
            },
            _clock,
            _loggers.CreateLogger<SoapDispatcher>());
        DeviceService.Register(this, dispatcher);
        MediaService.Register(this, dispatcher);
        Media2Service.Register(this, dispatcher);
        if (_options.HasPtz)
        {
            PtzService.Register(this, dispatcher);
        }

        EventService.Register(this, dispatcher);
        return dispatcher;
    }

    internal OnvifUser? FindUser(string username)
    {
        if (RefuseCredentials)
        {
            return null;
        }

        lock (_stateGate)
        {
            var user = _state.Users.Find(u => u.Username == username);
            return user is null ? null : new OnvifUser(user.Username, user.Password, user.Level);
        }
    }
}
