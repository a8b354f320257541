using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Vms.Host.Options;
using Vms.Storage.Index;
using Vms.Storage.Segments;

namespace Vms.Host.Recording;

/// <summary>
/// The recordings on disk and their index: the segment store under <c>&lt;DataFolder&gt;/segments</c> and the
/// SQL index (SQLite <c>&lt;DataFolder&gt;/index.db</c> or SQL Server, by <c>Vms:Index</c>). At start it finishes
/// the segments a crash left open (recovery), opens and migrates the index and reconciles it with the files;
/// at stop it indexes every segment closed so far and flushes the index. Closed segments reach the index
/// through one bounded queue, so a recorder never waits for the database.
/// </summary>
public sealed partial class RecordingStorage : IHostedService, IAsyncDisposable
{
    /// <summary>The name of the one storage root (the index stores it with each segment).</summary>
    public const string RootName = "local";

    /// <summary>The folder below the data folder that holds the segment files.</summary>
    public const string SegmentsFolderName = "segments";

    private const int QueueCapacity = 4096;

    private readonly VmsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly Channel<object> _queue = Channel.CreateBounded<object>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true });
    private ISegmentIndex? _index;
    private Task _loop = Task.CompletedTask;
    private int _stopped;

    public RecordingStorage(IOptions<VmsOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<RecordingStorage>();
        SegmentsFolder = Path.GetFullPath(Path.Combine(_options.DataFolder, SegmentsFolderName));
        Store = new SegmentStore(SegmentsFolder);
        Files = new FileSystemSegmentFiles([new StorageRoot(RootName, SegmentsFolder)]);
    }

    /// <summary>Absolute path of the segment store.</summary>
    public string SegmentsFolder { get; }

    public SegmentStore Store { get; }

    public ISegmentFiles Files { get; }

    /// <summary>The segment index (after start).</summary>
    public ISegmentIndex Index => _index ?? throw new InvalidOperationException("the recording storage is not started");

    /// <summary>True once the index is open.</summary>
    public bool IsStarted => _index is not null;

    /// <summary>What the last start found (recovered segments and the reconcile report).</summary>
    public RecordingStartReport? StartReport { get; private set; }

    /// <summary>The index options the settings give.</summary>
    public static SegmentIndexOptions IndexOptions(VmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.Equals(options.Index.Provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            return SegmentIndexOptions.ForSqlServer(options.Index.ConnectionString!);
        }

        return string.IsNullOrWhiteSpace(options.Index.ConnectionString)
            ? SegmentIndexOptions.ForSqliteFolder(options.DataFolder)
            : new SegmentIndexOptions { Dialect = IndexDialect.Sqlite, ConnectionString = options.Index.ConnectionString };
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(SegmentsFolder);
        var recovery = await new SegmentRecovery(Store, _loggers.CreateLogger<SegmentRecovery>()).RecoverAsync(cancellationToken).ConfigureAwait(false);
        _index = await SegmentIndexFactory.OpenAsync(IndexOptions(_options), _time, _loggers, cancellationToken).ConfigureAwait(false);
        var rebuilder = new IndexRebuilder(_index, Files, new StoreSegmentInfoReader(Files), _time, _loggers.CreateLogger<IndexRebuilder>());
        var reconcile = await rebuilder.ReconcileAsync(cancellationToken).ConfigureAwait(false);
        StartReport = new RecordingStartReport(recovery.Recovered.Count, recovery.Removed.Count, reconcile);
        LogStarted(SegmentsFolder, recovery.Recovered.Count, recovery.Removed.Count, reconcile.Added, reconcile.Removed);
        _loop = RunAsync();
    }

    /// <summary>Queues a closed segment for the index; never waits (a full queue is logged and left to the next reconcile).</summary>
    public void OnSegmentClosed(SegmentInfo segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (!_queue.Writer.TryWrite(segment))
        {
            LogIndexQueueFull(segment.RelativePath);
        }
    }

    /// <summary>Completes when every segment queued before the call is committed to the index.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(done, cancellationToken).ConfigureAwait(false);
        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_index is not null)
        {
            await _index.FlushAsync(cancellationToken).ConfigureAwait(false);
            LogStopped(SegmentsFolder);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        if (_index is not null)
        {
            await _index.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One loop hands closed segments to the index's batch writer, in order.</summary>
    private async Task RunAsync()
    {
        await Task.Yield();
        var index = Index;
        await foreach (var item in _queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                if (item is SegmentInfo segment)
                {
                    await index.EnqueueAsync(RootName, segment, CancellationToken.None).ConfigureAwait(false);
                }
                else if (item is TaskCompletionSource flush)
                {
                    await index.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                    flush.TrySetResult();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // the files are the truth: the next reconcile indexes what this missed
                LogIndexFailed(ex);
                (item as TaskCompletionSource)?.TrySetException(ex);
            }
        }
    }

    [LoggerMessage(EventId = 5300, Level = LogLevel.Information, Message = "Recordings in {Folder}: {Recovered} segments recovered, {Removed} unrecoverable removed; index reconciled ({Added} added, {Missing} missing)")]
    private partial void LogStarted(string folder, int recovered, int removed, long added, long missing);

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Recordings in {Folder}: index flushed")]
    private partial void LogStopped(string folder);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Index queue full: segment {Path} is left to the next reconcile")]
    private partial void LogIndexQueueFull(string path);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Error, Message = "Indexing closed segments failed; the next reconcile re-adds them")]
    private partial void LogIndexFailed(Exception exception);
}
