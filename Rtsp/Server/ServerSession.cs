using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

/// <summary>
/// One RTSP session, owned by one loop: requests (from any connection) and end signals (timeout, dropped
/// viewer, closed connection, end of source) are queued as <see cref="SessionCommand"/>s and handled one at
/// a time, so the state (<see cref="RtspSessionState"/>) changes only here. Media does not pass through
/// the loop: a live stream or playback pump queues packets straight to the session's output.
/// </summary>
internal sealed partial class ServerSession : IAsyncDisposable
{
    private readonly ServerContext _server;
    private readonly ILogger _logger;
    private readonly Channel<SessionCommand> _commands = Channel.CreateUnbounded<SessionCommand>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<string> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IPEndPoint> _rtcpPeers = [];
    private Task _loop = Task.CompletedTask;
    private long _lastActivity;
    private int _state;
    private bool _tornDown;

    // what the session plays (set by the first SETUP)
    private RtspMediaSource? _source;
    private RtspStream? _live;
    private PlaybackPump? _pump;
    private SessionOutput? _output;
    private string[] _trackUrls = [];
    private string? _path;
    private bool _everPlayed;
    private bool _onvifReplay; // a SETUP or PLAY of this playback required onvif-replay
    private ServerConnection? _interleavedConnection;
    private UdpSender? _udp;

    public ServerSession(ServerContext server, string? user)
    {
        _server = server;
        _logger = server.Logger;
        User = user;
        Id = NewId();
        Handle = new RtspSessionHandle(Id, user, Close);
        Touch();
    }

    /// <summary>What the path resolver may hold of this session (close it, be told of its end).</summary>
    public RtspSessionHandle Handle { get; }

    /// <summary>The session id (16 hex digits, unguessable).</summary>
    public string Id { get; }

    /// <summary>The authenticated user that created the session, if any.</summary>
    public string? User { get; }

    /// <summary>The state, as last set by the loop.</summary>
    public RtspSessionState State => (RtspSessionState)Volatile.Read(ref _state);

    /// <summary>Completes with the reason when the session has ended and released everything.</summary>
    public Task<string> Ended => _ended.Task;

    /// <summary>The connection carrying the session's interleaved tracks, if any.</summary>
    public ServerConnection? InterleavedConnection => Volatile.Read(ref _interleavedConnection);

    /// <summary>True once the session is bound to a live stream (not a playback).</summary>
    public bool IsLive => Volatile.Read(ref _live) is not null;

    /// <summary>Packets queued to this session's viewer so far.</summary>
    public long PacketsSent => _output?.PacketsSent ?? 0;

    /// <summary>The Session header value of responses.</summary>
    public string HeaderValue => new SessionHeader(Id, (int)_server.Options.SessionTimeout.TotalSeconds).Format();

    public void Start() => _loop = RunAsync();

    /// <summary>Any request or RTCP report keeps the session alive.</summary>
    public void Touch() => Interlocked.Exchange(ref _lastActivity, _server.Time.GetTimestamp());

    public bool IsExpired(long now, long timeoutTicks) => now - Interlocked.Read(ref _lastActivity) > timeoutTicks;

    /// <summary>Queues a request and waits for its response (null: already queued on the connection by the session).</summary>
    public Task<RtspResponse?> HandleAsync(RtspRequest request, RequestTarget target, ServerConnection connection)
    {
        var reply = new TaskCompletionSource<RtspResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_commands.Writer.TryWrite(new SessionRequest(request, target, connection, reply)))
        {
            reply.TrySetResult(Refuse(request, RtspStatusCodes.SessionNotFound, "session ended"));
        }

        return reply.Task;
    }

    /// <summary>Ends the session from outside the loop (idempotent).</summary>
    public void End(string reason) => _commands.Writer.TryWrite(new SessionEnd(reason));

    /// <summary>Ends the session at the application's request (<see cref="RtspSessionHandle.Close"/>), logged with the reason.</summary>
    private void Close(string reason)
    {
        if (_commands.Writer.TryWrite(new SessionEnd(reason)))
        {
            ServerLog.SessionClosedByApplication(_logger, Id, reason);
        }
    }

    public async Task StopAsync()
    {
        End(SessionEndReasons.ServerStopping);
        await _loop.ConfigureAwait(false);
    }

    /// <summary>Same as <see cref="StopAsync"/>: the loop releases everything the session holds.</summary>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task RunAsync()
    {
        await Task.Yield();
        var reason = "ended";
        var reader = _commands.Reader;
        SessionRequest? teardown = null;
        RtspResponse? teardownResponse = null;
        try
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                if (!reader.TryRead(out var command))
                {
                    continue;
                }

                if (command is SessionEnd end)
                {
                    reason = end.Reason;
                    break;
                }

                var request = (SessionRequest)command;
                var response = await AnswerAsync(request).ConfigureAwait(false);
                if (_tornDown)
                {
                    // answered only once everything is released: a client that reads the 200 finds the session gone
                    teardown = request;
                    teardownResponse = response;
                    reason = "TEARDOWN";
                    break;
                }

                request.Reply.TrySetResult(response);
            }
        }
        finally
        {
            _commands.Writer.TryComplete();
            await ReleaseAsync(reason).ConfigureAwait(false);
            await Handle.RunEndedAsync(reason, ex => ServerLog.SessionEndedCallbackFailed(_logger, ex, Id)).ConfigureAwait(false);
            teardown?.Reply.TrySetResult(teardownResponse);

            // requests that raced with the end are answered, never left waiting
            while (reader.TryRead(out var late))
            {
                if (late is SessionRequest r)
                {
                    r.Reply.TrySetResult(Refuse(r.Request, RtspStatusCodes.SessionNotFound, "session ended"));
                }
            }

            _ended.TrySetResult(reason);
            _server.OnSessionEnded(Id, reason);
        }
    }

    private async Task<RtspResponse?> AnswerAsync(SessionRequest command)
    {
        var request = command.Request;
        try
        {
            // ONVIF replay is offered on playback paths only (a first SETUP checks it once the path is resolved)
            if (_live is not null && request.Method != RtspMethod.Teardown && OnvifReplayRequest.Requires(request))
            {
                throw OnvifReplayRequest.NotOnLive(_path);
            }

            return request.Method switch
            {
                RtspMethod.Setup => await SetupAsync(command).ConfigureAwait(false),
                RtspMethod.Play => await PlayAsync(command).ConfigureAwait(false),
                RtspMethod.Pause => await PauseAsync(command).ConfigureAwait(false),
                RtspMethod.Teardown => Teardown(command),
                RtspMethod.GetParameter or RtspMethod.SetParameter => Ok(request),
                _ => throw new RtspRequestException(RtspStatusCodes.MethodNotAllowed, $"{request.Method} is not a session method"),
            };
        }
        catch (RtspRequestException ex)
        {
            ServerLog.RequestRefused(_logger, Id, request.Method, ex.StatusCode, ex.Message);
            var refusal = Refuse(request, ex.StatusCode, ex.Message);
            if (ex is RtspOptionNotSupportedException unsupported)
            {
                refusal.Headers.Set(RtspHeaderNames.Unsupported, string.Join(", ", unsupported.Tags));
            }

            return refusal;
        }
        catch (RtspPlaybackException ex)
        {
            ServerLog.RequestRefused(_logger, Id, request.Method, ex.StatusCode, ex.Message);
            return Refuse(request, ex.StatusCode, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ServerLog.SessionRequestFailed(_logger, ex, Id, request.Method);
            return Refuse(request, RtspStatusCodes.InternalServerError, "internal error");
        }
    }

    private RtspResponse Teardown(SessionRequest command)
    {
        _tornDown = true;
        return Ok(command.Request);
    }

    private RtspResponse Ok(RtspRequest request)
    {
        var response = RtspResponse.For(request, RtspStatusCodes.Ok);
        response.Headers.Set(RtspHeaderNames.Session, HeaderValue);
        return response;
    }

    private RtspResponse Refuse(RtspRequest request, int status, string detail)
    {
        var response = ResponseFactory.Error(request, status, detail, _server.Options.ServerName);
        if (status != RtspStatusCodes.SessionNotFound)
        {
            response.Headers.Set(RtspHeaderNames.Session, HeaderValue);
        }

        return response;
    }

    private void SetState(RtspSessionState state)
    {
        var from = State;
        Volatile.Write(ref _state, (int)state);
        ServerLog.SessionState(_logger, Id, from, state);
    }

    /// <summary>Releases the source, the viewer output and the UDP sender; closes the interleaved connection when the session did not end by TEARDOWN or by that connection closing.</summary>
    private async Task ReleaseAsync(string reason)
    {
        ServerLog.SessionEnded(_logger, Id, _path ?? string.Empty, reason);
        if (_live is not null && _output is not null)
        {
            _live.Detach(_output);
        }

        if (_pump is not null)
        {
            await _pump.DisposeAsync().ConfigureAwait(false);
        }
        else if (_source is PlaybackMediaSource playback)
        {
            await playback.Source.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var peer in _rtcpPeers)
        {
            _server.Udp?.UnregisterRtcpPeer(peer);
        }

        if (_udp is not null)
        {
            await _udp.DisposeAsync().ConfigureAwait(false);
        }

        _server.Sessions.Remove(this);
        var connection = InterleavedConnection;
        if (connection is not null && !_tornDown && reason != SessionEndReasons.ConnectionClosed)
        {
            // the client sees its interleaved session end as the connection closing
            connection.Close(reason);
        }
    }

    private static string NewId()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToHexString(bytes);
    }

    private static string FormatInt(int value) => value.ToString(CultureInfo.InvariantCulture);
}
