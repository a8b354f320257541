using System.IO.Pipelines;
using System.Net;
using Microsoft.Extensions.Logging;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Server;

/// <summary>
/// One client connection: reads requests and interleaved frames with the stateless parser, answers
/// requests one at a time (session requests go to the session's loop), and owns the connection's single
/// writer, which carries responses and every interleaved packet of the sessions bound to it.
/// Unreadable input is answered with its 4xx status and the connection is closed.
/// </summary>
internal sealed partial class ServerConnection : IDisposable
{
    private readonly DuplexConnection _transport;
    private readonly ServerContext _server;
    private readonly ILogger _logger;
    private readonly RtspFrameParser _parser;
    private readonly Dictionary<int, ServerSession> _channels = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _closing = new();
    private long _lastActivity;
    private string? _closeReason;

    public ServerConnection(DuplexConnection transport, ServerContext server, IRequestAuthenticator? authenticator, IRtspAuthorizer? authorizer, bool overCapacity)
    {
        _transport = transport;
        _server = server;
        _logger = server.Logger;
        _parser = new RtspFrameParser(server.Options.Parser);
        Authenticator = authenticator;
        Authorizer = authorizer;
        OverCapacity = overCapacity;
        Writer = new ConnectionWriter(transport, server.ViewerLimits, _logger, server.Time);
        Touch();
    }

    public string Id => _transport.Id;

    public EndPoint? RemoteEndPoint => _transport.RemoteEndPoint;

    /// <summary>The single writer of this connection.</summary>
    public ConnectionWriter Writer { get; }

    /// <summary>Cancelled when the connection is aborted (peer gone, queue overflow, server stopping).</summary>
    public CancellationToken Aborted => _transport.Closed;

    private IRequestAuthenticator? Authenticator { get; }

    private IRtspAuthorizer? Authorizer { get; }

    /// <summary>Accepted beyond the connection cap: every request is answered 503 and the connection closed.</summary>
    private bool OverCapacity { get; }

    /// <summary>True while some session sends interleaved packets on this connection.</summary>
    public bool HasInterleavedSessions
    {
        get
        {
            lock (_gate)
            {
                return _channels.Count > 0;
            }
        }
    }

    public void Touch() => Interlocked.Exchange(ref _lastActivity, _server.Time.GetTimestamp());

    public bool IsIdle(long now, long timeoutTicks) => now - Interlocked.Read(ref _lastActivity) > timeoutTicks && !HasInterleavedSessions;

    /// <summary>Queues a response on the connection's writer.</summary>
    public void Send(RtspResponse response)
    {
        ServerLog.ResponseSent(_logger, Id, response.StatusCode, response.CSeq ?? -1);
        Writer.TryWrite(RtspMessageWriter.ToArray(response));
    }

    /// <summary>Stops reading; what is queued is still sent, then the connection closes.</summary>
    public void Close(string reason)
    {
        _closeReason ??= reason;
        try
        {
            _closing.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Closes at once, dropping what is queued (server stopping).</summary>
    public void Abort(string reason)
    {
        _closeReason ??= reason;
        _transport.Abort(reason);
    }

    /// <summary>Binds an interleaved channel pair to a session; false when another session holds it.</summary>
    public bool TryBindInterleaved(ServerSession session, int rtpChannel)
    {
        lock (_gate)
        {
            if (_channels.TryGetValue(rtpChannel, out var holder) && !ReferenceEquals(holder, session))
            {
                return false;
            }

            _channels[rtpChannel] = session;
            _channels[rtpChannel + 1] = session;
            return true;
        }
    }

    /// <summary>True when another session than <paramref name="asker"/> holds the channel (or its pair).</summary>
    public bool IsChannelBound(int rtpChannel, ServerSession asker)
    {
        lock (_gate)
        {
            return (_channels.TryGetValue(rtpChannel, out var a) && !ReferenceEquals(a, asker)) ||
                   (_channels.TryGetValue(rtpChannel + 1, out var b) && !ReferenceEquals(b, asker));
        }
    }

    /// <summary>Reads and answers until the peer leaves, the input is unreadable, or the connection is closed.</summary>
    /// <param name="tunnels">The server's HTTP tunnels when tunnelling is on: the connection may then be a tunnel's GET or POST.</param>
    public async Task RunAsync(HttpTunnelRegistry? tunnels, CancellationToken stopping)
    {
        ServerLog.ConnectionOpened(_logger, Id, RemoteEndPoint);
        Writer.Start();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, _closing.Token, _transport.Closed);
        var reason = "peer closed the connection";
        try
        {
            var (input, stop) = await OpenAsync(tunnels, linked.Token).ConfigureAwait(false);
            reason = stop ?? (input is null ? reason : await ReadLoopAsync(input, linked.Token).ConfigureAwait(false) ?? reason);
        }
        catch (OperationCanceledException)
        {
            reason = _closeReason ?? (Writer.Overflowed ? SessionEndReasons.ViewerTooSlow : stopping.IsCancellationRequested ? SessionEndReasons.ServerStopping : "connection aborted");
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            reason = ex.Message;
        }
        finally
        {
            await CloseAsync(reason).ConfigureAwait(false);
        }
    }

    private async Task<string?> ReadLoopAsync(PipeReader input, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var consumed = buffer.Start;
            var examined = buffer.End;
            string? stop = null;
            while (stop is null)
            {
                var status = _parser.TryParse(buffer, out var frameEnd, out var seen, out var frame);
                if (status == RtspParseStatus.NeedMoreData)
                {
                    consumed = frameEnd;
                    examined = seen;
                    break;
                }

                if (status == RtspParseStatus.Error)
                {
                    var error = frame.Error!;
                    ServerLog.ProtocolError(_logger, Id, error.StatusCode, error.Detail);
                    Send(ResponseFactory.Error(null, error.StatusCode, error.Detail, _server.Options.ServerName));
                    stop = "unreadable input: " + error.Detail;
                    consumed = examined = buffer.End;
                    break;
                }

                buffer = buffer.Slice(frameEnd);
                consumed = examined = frameEnd;
                stop = await OnFrameAsync(frame, cancellationToken).ConfigureAwait(false);
            }

            input.AdvanceTo(consumed, examined);
            if (stop is not null)
            {
                return stop;
            }

            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    private async ValueTask<string?> OnFrameAsync(RtspFrame frame, CancellationToken cancellationToken)
    {
        switch (frame.Kind)
        {
            case RtspFrameKind.Request:
                Touch();
                return await OnRequestAsync(frame.Request!, cancellationToken).ConfigureAwait(false);
            case RtspFrameKind.Interleaved:
                OnInterleaved(frame.Interleaved.Channel);
                return null;
            default:
                return null; // a response from the client (we send no requests): ignored
        }
    }

    /// <summary>RTCP receiver reports (and anything else) on a bound channel keep its session alive.</summary>
    private void OnInterleaved(int channel)
    {
        ServerSession? session;
        lock (_gate)
        {
            _channels.TryGetValue(channel, out session);
        }

        session?.Touch();
    }

    private async Task CloseAsync(string reason)
    {
        ServerSession[] bound;
        lock (_gate)
        {
            bound = [.. _channels.Values.Distinct()];
            _channels.Clear();
        }

        var sessionReason = Writer.Overflowed ? SessionEndReasons.ViewerTooSlow : SessionEndReasons.ConnectionClosed;
        foreach (var session in bound)
        {
            session.End(sessionReason);
        }

        Writer.Complete();
        try
        {
            await Writer.Completion.WaitAsync(TimeSpan.FromSeconds(2), _server.Time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _transport.Abort("could not send the last bytes in time");
        }

        await CloseTunnelAsync().ConfigureAwait(false);

        await _transport.DisposeAsync().ConfigureAwait(false);
        ServerLog.ConnectionClosed(_logger, Id, reason);
    }

    public void Dispose() => _closing.Dispose();
}
