namespace Vms.Rtsp.Server;

/// <summary>
/// The session a SETUP binds to a path, as the <see cref="IRtspPathResolver"/> sees it
/// (<see cref="RtspPathRequest.Session"/>): the application may close it from outside (a right that ended) and be
/// told, awaited, when it has ended for any reason (TEARDOWN, timeout, connection closed, close, server stop).
/// </summary>
public sealed class RtspSessionHandle
{
    private readonly Action<string> _close;
    private readonly List<Func<string, ValueTask>> _onEnded = [];
    private readonly Lock _gate = new();
    private bool _ended;

    internal RtspSessionHandle(string id, string? user, Action<string> close)
    {
        Id = id;
        User = user;
        _close = close;
    }

    /// <summary>The session id (the Session header).</summary>
    public string Id { get; }

    /// <summary>The authenticated user of the session, if any.</summary>
    public string? User { get; }

    /// <summary>
    /// Ends the session now (idempotent, returns at once): its media stops, a TCP-interleaved session's connection is
    /// closed, later requests with its id get 454. The reason is logged and is the session's end reason.
    /// </summary>
    public void Close(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _close(reason);
    }

    /// <summary>
    /// Registers a callback awaited once the session has ended and released its media, with the end reason.
    /// False when the session has already ended (the callback is not kept: the caller cleans up itself).
    /// </summary>
    public bool OnEnded(Func<string, ValueTask> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (_gate)
        {
            if (_ended)
            {
                return false;
            }

            _onEnded.Add(callback);
            return true;
        }
    }

    /// <summary>Runs the callbacks once, in registration order; the ones that fail are reported and the others still run.</summary>
    internal async Task RunEndedAsync(string reason, Action<Exception> failed)
    {
        Func<string, ValueTask>[] callbacks;
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            callbacks = [.. _onEnded];
            _onEnded.Clear();
        }

        foreach (var callback in callbacks)
        {
            try
            {
                await callback(reason).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failed(ex);
            }
        }
    }
}
