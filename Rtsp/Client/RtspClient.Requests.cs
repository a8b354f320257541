using System.Globalization;
using Vms.Rtsp.Auth;
using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Client;

public sealed partial class RtspClient
{
    private readonly SemaphoreSlim _exchange = new(1, 1);
    private readonly Lock _pendingGate = new();
    private TaskCompletionSource<RtspResponse>? _pending;
    private int _pendingCSeq;
    private int _cseq;
    private RtspClientAuthenticator? _auth;
    private string? _session;

    /// <summary>
    /// One request/response exchange at a time. A 401 is answered once with the credentials (Digest or Basic, the
    /// strongest challenge offered); the accepted challenge then authorizes every later request.
    /// </summary>
    private async Task<RtspResponse> RequestAsync(string method, string uri, Action<RtspRequest>? configure, CancellationToken cancellationToken)
    {
        await _exchange.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await ExchangeAsync(method, uri, configure, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == RtspStatusCodes.Unauthorized && _user is not null)
            {
                var auth = _auth ?? new RtspClientAuthenticator(_user, _password ?? string.Empty);
                if (auth.TryAcceptChallenge(response))
                {
                    _auth = auth;
                    response = await ExchangeAsync(method, uri, configure, cancellationToken).ConfigureAwait(false);
                }
            }

            return response;
        }
        finally
        {
            _exchange.Release();
        }
    }

    private async Task<RtspResponse> ExchangeAsync(string method, string uri, Action<RtspRequest>? configure, CancellationToken cancellationToken)
    {
        var request = new RtspRequest(method, uri);
        var cseq = Interlocked.Increment(ref _cseq);
        request.Headers.Set(RtspHeaderNames.CSeq, cseq.ToString(CultureInfo.InvariantCulture));
        request.Headers.Set(RtspHeaderNames.UserAgent, _options.UserAgent);
        if (_session is not null)
        {
            request.Headers.Set(RtspHeaderNames.Session, _session);
        }

        configure?.Invoke(request);
        _auth?.Authorize(request);
        var reply = new TaskCompletionSource<RtspResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pendingGate)
        {
            _pending = reply;
            _pendingCSeq = cseq;
        }

        if (_stop.IsCancellationRequested || !_writer!.TryWrite(RtspMessageWriter.ToArray(request)))
        {
            throw new RtspClientException(_completion.Task.IsCompleted
                ? _completion.Task.Result
                : new RtspClientResult(RtspClientStopReason.ConnectionFailed, "connection closed"));
        }

        RtspResponse response;
        try
        {
            response = await reply.Task.WaitAsync(_options.RequestTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new RtspClientException(new RtspClientResult(RtspClientStopReason.Timeout, $"no response to {method} within {_options.RequestTimeout.TotalSeconds:0.#} s", null, ex));
        }
        finally
        {
            lock (_pendingGate)
            {
                if (ReferenceEquals(_pending, reply))
                {
                    _pending = null;
                }
            }
        }

        ClientLog.Exchanged(_logger, method, uri, response.StatusCode);
        return response;
    }

    /// <summary>Completes the waiting exchange with its response (matched by CSeq; a response without CSeq is taken as the answer).</summary>
    private void OnResponse(RtspResponse response)
    {
        TaskCompletionSource<RtspResponse>? reply;
        lock (_pendingGate)
        {
            reply = _pending;
            if (reply is null || (response.CSeq is { } cseq && cseq != _pendingCSeq))
            {
                return; // a late answer to a request that timed out
            }

            _pending = null;
        }

        reply.TrySetResult(response);
    }

    private void FailPending(Exception exception)
    {
        TaskCompletionSource<RtspResponse>? reply;
        lock (_pendingGate)
        {
            reply = _pending;
            _pending = null;
        }

        reply?.TrySetException(exception);
    }

    /// <summary>Throws <see cref="RtspClientException"/> (Refused) unless the response is a success.</summary>
    private static RtspResponse EnsureSuccess(RtspResponse response, string method)
    {
        if (!response.IsSuccess)
        {
            throw new RtspClientException(new RtspClientResult(RtspClientStopReason.Refused, $"{method} answered {response.StatusCode} {response.ReasonPhrase}", response.StatusCode));
        }

        return response;
    }

    /// <summary>Keeps the Session id and, when stated, its timeout (the keep-alive runs at half of it).</summary>
    private void TakeSession(RtspResponse response)
    {
        if (SessionHeader.TryParse(response.Headers.Session, out var session))
        {
            _session = session.Id;
            _sessionTimeout = session.Timeout;
        }
    }
}
