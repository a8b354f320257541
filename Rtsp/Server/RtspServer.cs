using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Media;
using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Server;

/// <summary>
/// An RTSP server (RFC 2326) playing live streams and recordings to any number of viewers, over TCP
/// interleaved or UDP unicast, with optional Digest authentication and per-path authorization.
/// What a path serves is decided by an <see cref="IRtspPathResolver"/>. One heartbeat on the injected
/// clock drives session expiry and idle-connection checks.
/// </summary>
public sealed partial class RtspServer : IAsyncDisposable
{
    private readonly ServerContext _context;
    private readonly RtspServerSecurity? _security;
    private readonly IRequestAuthenticator? _authenticator;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<ServerConnection, Task> _connections = new();
    private readonly List<IConnectionListener> _listeners = [];
    private readonly List<Task> _acceptLoops = [];
    private readonly Func<IReadOnlyList<IConnectionListener>>? _listenerFactory;
    private readonly HttpTunnelRegistry _tunnels;
    private Heartbeat? _heartbeat;
    private int _connectionCount;
    private int _started;
    private int _disposed;

    /// <param name="options">Endpoints, caps and timeouts.</param>
    /// <param name="resolver">Maps a path to its live stream or playback.</param>
    /// <param name="security">Authentication and authorization; null serves everyone.</param>
    public RtspServer(RtspServerOptions options, IRtspPathResolver resolver, RtspServerSecurity? security = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(options, resolver, security, loggerFactory, timeProvider, null, null)
    {
    }

    internal RtspServer(
        RtspServerOptions options,
        IRtspPathResolver resolver,
        RtspServerSecurity? security,
        ILoggerFactory? loggerFactory,
        TimeProvider? timeProvider,
        Func<MediaTrack, int, ITrackPacketizer>? packetizers,
        Func<IReadOnlyList<IConnectionListener>>? listeners)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(resolver);
        options.Validate();
        _security = security;
        _listenerFactory = listeners;
        _context = new ServerContext(
            options,
            resolver,
            timeProvider ?? TimeProvider.System,
            loggerFactory ?? NullLoggerFactory.Instance,
            packetizers ?? ((t, pt) => TrackPacketizers.Create(t, pt, 1400, timeProvider ?? TimeProvider.System)));
        _logger = _context.Logger;
        var digest = security?.CreateAuthenticator(options, _context.Time);
        _authenticator = digest is null ? null : new DigestRequestAuthenticator(digest, _context);
        _tunnels = new HttpTunnelRegistry();
    }

    /// <summary>The bound TCP endpoints (real ports when 0 was asked), after <see cref="StartAsync"/>.</summary>
    public IReadOnlyList<EndPoint> EndPoints => [.. _listeners.Select(l => l.EndPoint)];

    /// <summary>The even UDP port of the RTP/RTCP pair, or null when UDP is off (after <see cref="StartAsync"/>).</summary>
    public int? UdpRtpPort => _context.Udp?.RtpPort;

    /// <summary>Connections open now.</summary>
    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    /// <summary>Sessions alive now.</summary>
    public int SessionCount => _context.Sessions.Count;

    /// <summary>Raised after a session ended and released its resources (session id, reason); for tests and metrics.</summary>
    internal event Action<string, string>? SessionEnded
    {
        add => _context.SessionEnded += value;
        remove => _context.SessionEnded -= value;
    }

    /// <summary>Binds the endpoints and the UDP pair and starts accepting.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("the server is already started");
        }

        var options = _context.Options;
        try
        {
            if (_listenerFactory is not null)
            {
                _listeners.AddRange(_listenerFactory());
            }
            else
            {
                foreach (var endPoint in options.EndPoints)
                {
                    _listeners.Add(SocketConnectionListener.Bind(endPoint, _logger, _context.Time, sendBufferSize: options.SocketSendBufferSize));
                }
            }

            if (options.UdpRtpPort is { } udpPort && _listenerFactory is null)
            {
                var address = options.EndPoints[0].Address;
                _context.Udp = UdpMediaSockets.Bind(address, udpPort, _logger);
            }
        }
        catch
        {
            foreach (var listener in _listeners)
            {
                listener.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            _listeners.Clear();
            throw;
        }

        foreach (var listener in _listeners)
        {
            ServerLog.Listening(_logger, listener.EndPoint, _context.Udp?.RtpPort);
            _acceptLoops.Add(AcceptLoopAsync(listener, _stopping.Token));
        }

        _heartbeat = new Heartbeat(_context.Time, options.HeartbeatInterval, OnHeartbeat, _logger);
        _heartbeat.Start();
        return Task.CompletedTask;
    }

    /// <summary>Stops accepting, ends every session and connection, and waits for them.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _heartbeat?.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var listener in _listeners)
        {
            await listener.DisposeAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(_acceptLoops).ConfigureAwait(false);
        foreach (var connection in _connections.Keys)
        {
            connection.Abort(SessionEndReasons.ServerStopping);
        }

        await Task.WhenAll(_connections.Values).ConfigureAwait(false);
        await Task.WhenAll(_context.Sessions.Snapshot().Select(s => s.StopAsync())).ConfigureAwait(false);
        if (_context.Udp is not null)
        {
            await _context.Udp.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
        ServerLog.Stopped(_logger);
    }

    private async Task AcceptLoopAsync(IConnectionListener listener, CancellationToken stopping)
    {
        await Task.Yield();
        while (!stopping.IsCancellationRequested)
        {
            DuplexConnection? transport;
            try
            {
                transport = await listener.AcceptAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (transport is null)
            {
                return;
            }

            var over = Interlocked.Increment(ref _connectionCount) > _context.Options.MaxConnections;
            var connection = new ServerConnection(transport, _context, _authenticator, _security?.Authorizer, over);
            if (over)
            {
                ServerLog.ConnectionCapReached(_logger, _context.Options.MaxConnections, transport.RemoteEndPoint);
            }

            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _connections[connection] = RunConnectionAsync(connection, gate.Task, stopping);
            gate.SetResult();
        }
    }

    private async Task RunConnectionAsync(ServerConnection connection, Task registered, CancellationToken stopping)
    {
        await registered.ConfigureAwait(false);
        try
        {
            await connection.RunAsync(_context.Options.HttpTunnelling ? _tunnels : null, stopping).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            ServerLog.ConnectionFailed(_logger, ex, connection.Id);
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            Interlocked.Decrement(ref _connectionCount);
            connection.Dispose();
        }
    }

    /// <summary>The one timer: expires silent sessions, drops stalled viewers and closes idle connections.</summary>
    private void OnHeartbeat(long now)
    {
        var sessionTimeout = _context.TimeoutTicks(_context.Options.SessionTimeout);
        foreach (var session in _context.Sessions.Snapshot())
        {
            if (session.IsExpired(now, sessionTimeout))
            {
                ServerLog.SessionExpired(_logger, session.Id);
                session.End(SessionEndReasons.Timeout);
            }
        }

        var idleTimeout = _context.TimeoutTicks(_context.Options.IdleConnectionTimeout);
        var stallTimeout = _context.TimeoutTicks(_context.Options.ViewerStallTimeout);
        foreach (var connection in _connections.Keys)
        {
            if (connection.Writer.IsStalled(now, stallTimeout))
            {
                connection.Writer.Abort($"viewer stalled: nothing accepted for {_context.Options.ViewerStallTimeout.TotalSeconds:0} s");
            }
            else if (connection.IsIdle(now, idleTimeout))
            {
                connection.Close("idle connection");
            }
        }
    }
}
