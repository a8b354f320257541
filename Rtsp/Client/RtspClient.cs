using System.Net;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Media;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Client;

/// <summary>
/// Pulls one RTSP stream (a camera, another server): OPTIONS, DESCRIBE (answering a 401 with Digest or Basic),
/// SETUP of every track it can depacketize (TCP interleaved or UDP), PLAY; then keeps the session alive,
/// sends RTCP receiver reports, detects stalls, and hands every access unit to <see cref="Frames"/>.
/// Whatever ends it (server gone, stall, refusal, disposal) completes <see cref="Completion"/> with the reason.
/// </summary>
/// <remarks>Usage: <see cref="StartAsync"/>, read <see cref="Frames"/> until it completes, then dispose.
/// One connection carries requests and interleaved media; its single writer sends requests and reports.</remarks>
public sealed partial class RtspClient : IAsyncDisposable
{
    private readonly RtspClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Func<CancellationToken, ValueTask<DuplexConnection>> _connect;
    private readonly Channel<RtspMediaFrame> _frames;
    private readonly TaskCompletionSource<RtspClientResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _url;
    private readonly string? _user;
    private readonly string? _password;
    private DuplexConnection? _connection;
    private ConnectionWriter? _writer;
    private Task _readLoop = Task.CompletedTask;
    private Heartbeat? _heartbeat;
    private readonly List<ClientTrack> _tracks = [];
    private IReadOnlyList<MediaTrack> _mediaTracks = [];
    private int _stopped;
    private int _disposed;

    public RtspClient(RtspClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(options, loggerFactory, timeProvider, null)
    {
    }

    /// <param name="connect">Opens the connection (tests: an in-memory pair); null connects TCP to the URL's host.</param>
    internal RtspClient(RtspClientOptions options, ILoggerFactory? loggerFactory, TimeProvider? timeProvider, Func<CancellationToken, ValueTask<DuplexConnection>>? connect)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Vms.Rtsp.Client.RtspClient");
        _time = timeProvider ?? TimeProvider.System;

        // credentials may ride in the URL for convenience; explicit ones win and are never put in the URL
        _url = options.Url;
        if (RtspUri.TrySplitUserInfo(options.Url, out var bare, out var urlUser, out var urlPassword))
        {
            _url = bare;
        }

        _user = options.UserName ?? urlUser;
        _password = options.Password ?? urlPassword ?? (_user is null ? null : string.Empty);
        _connect = connect ?? ConnectTcpAsync;
        _frames = Channel.CreateBounded<RtspMediaFrame>(new BoundedChannelOptions(options.FrameQueueCapacity)
        {
            SingleWriter = false,
            SingleReader = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The URL played, without credentials.</summary>
    public string Url => _url;

    /// <summary>The tracks set up, indexed as in <see cref="RtspMediaFrame.TrackIndex"/> (control: their SETUP URL); after <see cref="StartAsync"/>.</summary>
    public IReadOnlyList<MediaTrack> Tracks => _mediaTracks;

    /// <summary>Access units as they complete, all tracks mixed in arrival order; completes when the client stops.</summary>
    public ChannelReader<RtspMediaFrame> Frames => _frames.Reader;

    /// <summary>Completes once, with why the client stopped.</summary>
    public Task<RtspClientResult> Completion => _completion.Task;

    /// <summary>Per-track reception figures.</summary>
    public IReadOnlyList<RtspClientTrackStatistics> GetStatistics() => [.. _tracks.Select(t => t.Statistics())];

    /// <summary>
    /// Connects and runs OPTIONS, DESCRIBE, SETUP per track and PLAY. Throws <see cref="RtspClientException"/>
    /// (also the <see cref="Completion"/> result) when the server refuses or does not answer.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        ClientLog.Connecting(_logger, _url, _options.Transport);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        try
        {
            try
            {
                _connection = await _connect(linked.Token).AsTask().WaitAsync(_options.RequestTimeout, _time, linked.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is System.Net.Sockets.SocketException or TimeoutException)
            {
                throw new RtspClientException(new RtspClientResult(RtspClientStopReason.ConnectionFailed, ex.Message, null, ex));
            }

            _writer = new ConnectionWriter(_connection, new OutboundQueueLimits(1024, 1024 * 1024), _logger);
            _writer.Start();
            _readLoop = ReadLoopAsync(_connection);
            await NegotiateAsync(linked.Token).ConfigureAwait(false);
            _heartbeat = new Heartbeat(_time, _options.HeartbeatInterval, OnHeartbeat, _logger);
            _heartbeat.Start();
        }
        catch (RtspClientException ex)
        {
            Stop(ex.Result);
            throw;
        }
        catch (OperationCanceledException) when (_completion.Task.IsCompleted)
        {
            // the connection ended during start: report why
            throw new RtspClientException(_completion.Task.Result);
        }
    }

    /// <summary>Sends TEARDOWN (briefly), closes the connection and releases the sockets.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _heartbeat?.Dispose();
        if (!_completion.Task.IsCompleted && _session is not null)
        {
            try
            {
                using var timeout = new CancellationTokenSource();
                await RequestAsync(RtspMethod.Teardown, _aggregateUrl, null, timeout.Token).WaitAsync(TimeSpan.FromSeconds(2), _time).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RtspClientException or TimeoutException or OperationCanceledException)
            {
                ClientLog.KeepAliveFailed(_logger, RtspMethod.Teardown, ex.Message);
            }
        }

        Stop(new RtspClientResult(RtspClientStopReason.Disposed, "disposed"));
        await _keepAlive.ConfigureAwait(false);
        if (_writer is not null)
        {
            _writer.Complete();
            await _writer.Completion.ConfigureAwait(false);
        }

        if (_connection is not null)
        {
            _connection.Abort("client disposed");
            await _readLoop.ConfigureAwait(false);
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var track in _tracks)
        {
            if (track.Udp is not null)
            {
                await track.Udp.DisposeAsync().ConfigureAwait(false);
            }

            track.Receiver.Dispose();
        }

        _exchange.Dispose();
        _stop.Dispose();
    }

    /// <summary>Ends the client once: completes <see cref="Completion"/> and <see cref="Frames"/>, aborts the connection.</summary>
    private void Stop(RtspClientResult result)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        ClientLog.Stopped(_logger, _url, result);
        _completion.TrySetResult(result);
        _frames.Writer.TryComplete();
        FailPending(new RtspClientException(result));
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        _connection?.Abort(result.Detail);
    }

    private async ValueTask<DuplexConnection> ConnectTcpAsync(CancellationToken cancellationToken)
    {
        var uri = new Uri(_url);
        var port = uri.Port > 0 ? uri.Port : 554;
        EndPoint endPoint = IPAddress.TryParse(uri.IdnHost, out var address) ? new IPEndPoint(address, port) : new DnsEndPoint(uri.IdnHost, port);
        return await SocketConnection.ConnectAsync(endPoint, _logger, _time, cancellationToken).ConfigureAwait(false);
    }
}
