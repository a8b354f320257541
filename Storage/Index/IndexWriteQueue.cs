using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Vms.Storage.Index;

/// <summary>
/// The background writer: recorders queue closed segments; one loop commits them in batches (one transaction
/// per batch, at most <c>BatchMaxRows</c> rows, at the latest <c>BatchInterval</c> after the batch's first row),
/// so many cameras never contend for the database. <see cref="DisposeAsync"/> commits what is queued.
/// </summary>
internal sealed partial class IndexWriteQueue : IAsyncDisposable
{
    private readonly Channel<QueueItem> _channel;
    private readonly Func<List<SegmentWrite>, CancellationToken, Task> _commit;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _interval;
    private readonly int _maxRows;
    private readonly int _attempts;
    private readonly Task _loop;
    private long _batches;
    private long _rows;
    private long _lostRows;

    public IndexWriteQueue(
        SegmentIndexOptions options,
        Func<List<SegmentWrite>, CancellationToken, Task> commit,
        TimeProvider time,
        ILogger logger)
    {
        _commit = commit;
        _time = time;
        _logger = logger;
        _interval = options.BatchInterval;
        _maxRows = options.BatchMaxRows;
        _attempts = options.CommitAttempts;
        _channel = Channel.CreateBounded<QueueItem>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Raised on the writer loop after each committed batch, with its row count.</summary>
    public event Action<int>? BatchCommitted;

    public long CommittedBatches => Interlocked.Read(ref _batches);

    public long CommittedRows => Interlocked.Read(ref _rows);

    /// <summary>Rows given up after every commit attempt failed (the next reconcile re-adds them from the files).</summary>
    public long LostRows => Interlocked.Read(ref _lostRows);

    public async ValueTask EnqueueAsync(SegmentWrite write, CancellationToken cancellationToken)
    {
        try
        {
            await _channel.Writer.WriteAsync(new QueueItem(write, null, _time.GetTimestamp()), cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException ex)
        {
            throw new ObjectDisposedException("the segment index writer is closed", ex);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await _channel.Writer.WriteAsync(new QueueItem(null, done, _time.GetTimestamp()), cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // closed: DisposeAsync commits everything that was queued
            await _loop.ConfigureAwait(false);
            return;
        }

        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var reader = _channel.Reader;
        var batch = new List<SegmentWrite>(_maxRows);
        var waiters = new List<TaskCompletionSource>();
        Task<bool>? pendingWait = null;
        while (true)
        {
            if (!reader.TryPeek(out _))
            {
                pendingWait ??= reader.WaitToReadAsync().AsTask();
                if (!await pendingWait.ConfigureAwait(false))
                {
                    return; // completed and drained
                }

                pendingWait = null;
            }

            var firstAt = 0L;
            var flushNow = false;
            while (batch.Count < _maxRows && !flushNow)
            {
                if (reader.TryRead(out var item))
                {
                    if (item.Flush is { } waiter)
                    {
                        waiters.Add(waiter);
                        flushNow = true;
                    }
                    else
                    {
                        if (batch.Count == 0)
                        {
                            firstAt = item.EnqueuedAt;
                        }

                        batch.Add(item.Write!);
                    }

                    continue;
                }

                var remaining = _interval - _time.GetElapsedTime(firstAt);
                if (remaining <= TimeSpan.Zero)
                {
                    break;
                }

                pendingWait ??= reader.WaitToReadAsync().AsTask();
                using var delayCancel = new CancellationTokenSource();
                var delay = Task.Delay(remaining, _time, delayCancel.Token);
                var first = await Task.WhenAny(pendingWait, delay).ConfigureAwait(false);
                if (first == delay)
                {
                    break;
                }

                await delayCancel.CancelAsync().ConfigureAwait(false);
                var more = await pendingWait.ConfigureAwait(false);
                pendingWait = null;
                if (!more)
                {
                    break; // completed: commit what we have now
                }
            }

            await CommitAsync(batch, waiters).ConfigureAwait(false);
            batch.Clear();
            waiters.Clear();
        }
    }

    private async Task CommitAsync(List<SegmentWrite> batch, List<TaskCompletionSource> waiters)
    {
        Exception? failure = null;
        if (batch.Count > 0)
        {
            for (var attempt = 1; attempt <= _attempts; attempt++)
            {
                try
                {
                    await _commit(batch, CancellationToken.None).ConfigureAwait(false);
                    failure = null;
                    Interlocked.Increment(ref _batches);
                    Interlocked.Add(ref _rows, batch.Count);
                    LogBatchCommitted(_logger, batch.Count);
                    BatchCommitted?.Invoke(batch.Count);
                    break;
                }
                catch (Exception ex)
                {
                    failure = ex;
                    if (attempt < _attempts)
                    {
                        var backoff = TimeSpan.FromMilliseconds(200 * (1 << (attempt - 1)));
                        LogBatchRetry(_logger, batch.Count, attempt, backoff, ex);
                        await Task.Delay(backoff, _time).ConfigureAwait(false);
                    }
                }
            }

            if (failure is not null)
            {
                Interlocked.Add(ref _lostRows, batch.Count);
                LogBatchLost(_logger, batch.Count, _attempts, failure);
            }
        }

        foreach (var waiter in waiters)
        {
            if (failure is null)
            {
                waiter.TrySetResult();
            }
            else
            {
                waiter.TrySetException(new SegmentIndexException($"a batch of {batch.Count} segments could not be committed", failure));
            }
        }
    }

    [LoggerMessage(EventId = 4310, Level = LogLevel.Trace, Message = "Committed a batch of {Rows} segments")]
    private static partial void LogBatchCommitted(ILogger logger, int rows);

    [LoggerMessage(EventId = 4311, Level = LogLevel.Warning, Message = "Committing a batch of {Rows} segments failed (attempt {Attempt}); retrying in {Backoff}")]
    private static partial void LogBatchRetry(ILogger logger, int rows, int attempt, TimeSpan backoff, Exception exception);

    [LoggerMessage(EventId = 4312, Level = LogLevel.Error, Message = "Gave up a batch of {Rows} segments after {Attempts} attempts; the next reconcile re-adds them from their files")]
    private static partial void LogBatchLost(ILogger logger, int rows, int attempts, Exception exception);

    private readonly record struct QueueItem(SegmentWrite? Write, TaskCompletionSource? Flush, long EnqueuedAt);
}
