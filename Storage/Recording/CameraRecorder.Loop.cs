using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Vms.Rtsp.Media;
using Vms.Storage.Segments;

namespace Vms.Storage.Recording;

public sealed partial class CameraRecorder
{
    private async Task RunAsync(CancellationToken ct)
    {
        var reader = _queue.Reader;

        // cancelling completes the queue, so the wait below needs no token: an untokened wait reuses the
        // channel's single waiter instead of allocating one per wake-up
        using var registration = ct.Register(static s => ((Channel<RecorderItem>)s!).Writer.TryComplete(), _queue);
        try
        {
            // bounded by the queue: ends when StopAsync completes it, or when cancelled
            while (!ct.IsCancellationRequested && await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (!ct.IsCancellationRequested && reader.TryRead(out var item))
                {
                    SetBusy(true);
                    await HandleAsync(item, ct).ConfigureAwait(false);
                    SetBusy(false);
                }
            }

            if (ct.IsCancellationRequested)
            {
                LogAbandoned(CameraId, StreamName, reader.Count);
            }
            else
            {
                await CloseWriterAsync(ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            LogAbandoned(CameraId, StreamName, reader.Count);
        }
        finally
        {
            SetBusy(false);
            SetState(RecorderState.Stopped);
            LogStopped(CameraId, StreamName);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask HandleAsync(RecorderItem item, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        Interlocked.Exchange(ref _lagTicks, Math.Max(0, (now - item.ArrivalUtc).Ticks));
        if (item.AfterGap)
        {
            _skipUntilKeyframe = true;
        }

        if (State == RecorderState.Suspended)
        {
            if (now < _retryAt)
            {
                Interlocked.Increment(ref _framesDropped);
                return;
            }

            SetState(RecorderState.WaitingForKeyframe);
            LogRetrying(CameraId, StreamName);
        }

        if (_skipUntilKeyframe && item.Track.Kind == MediaKind.Video)
        {
            if (!item.Unit.IsKeyframe)
            {
                Interlocked.Increment(ref _framesSkipped);
                return;
            }

            _skipUntilKeyframe = false;
        }

        try
        {
            var status = await _writer.WriteAsync(item.Track, item.Unit, item.ArrivalUtc, ct).ConfigureAwait(false);
            if (status is not WriteStatus.Written)
            {
                Interlocked.Increment(ref _framesSkipped);
            }

            SetState(_writer.IsSegmentOpen ? RecorderState.Recording : RecorderState.WaitingForKeyframe);
        }
        catch (IOException e)
        {
            Suspend(e);
        }
    }

    private async ValueTask CloseWriterAsync(CancellationToken ct)
    {
        try
        {
            await _writer.CloseAsync(ct).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            Suspend(e);
        }
    }

    private void Suspend(IOException error)
    {
        var now = _time.GetUtcNow();
        _retryAt = now + _options.RetryAfterFailure;
        lock (_gate)
        {
            _lastError = error;
            _lastErrorUtc = now;
            _state = RecorderState.Suspended;
        }

        if (error is StorageFullException)
        {
            LogStorageFull(CameraId, StreamName, _retryAt, error);
        }
        else
        {
            LogWriteError(CameraId, StreamName, _retryAt, error);
        }

        Raise(Faulted, new RecordingFaultedEventArgs(error, _retryAt));
    }

    private void OnSegmentClosed(SegmentInfo segment)
    {
        Interlocked.Increment(ref _segmentsClosed);
        Raise(SegmentClosed, new SegmentClosedEventArgs(segment));
    }

    private void Raise<T>(EventHandler<T>? handler, T args)
    {
        if (handler is null)
        {
            return;
        }

        try
        {
            handler(this, args);
        }
        catch (Exception e)
        {
            // a subscriber's bug must not stop the recording
            LogHandlerFailed(CameraId, StreamName, typeof(T).Name, e);
        }
    }

    private RecorderState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    private void SetBusy(bool busy)
    {
        TaskCompletionSource? idle = null;
        lock (_gate)
        {
            _busy = busy;
            if (!busy && _queue.Reader.Count == 0)
            {
                idle = _idle;
                _idle = null;
            }
        }

        idle?.TrySetResult();
    }

    private void SetState(RecorderState state)
    {
        lock (_gate)
        {
            _state = state;
        }
    }
}
