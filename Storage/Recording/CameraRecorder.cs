using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Vms.Rtsp.Media;
using Vms.Storage.Segments;

namespace Vms.Storage.Recording;

/// <summary>
/// Records one camera stream: access units posted by the stream hub wait in a bounded queue (the camera and
/// the viewers never wait for the disk), one loop writes them with a <see cref="SegmentWriter"/>. Recording
/// starts at the first keyframe; a full queue drops units and resumes at the next keyframe; timestamp
/// discontinuities (camera reboot) start a new segment; a write error (disk full) closes the segment cleanly,
/// raises <see cref="Faulted"/> and retries after <see cref="CameraRecorderOptions.RetryAfterFailure"/>.
/// Every finalized segment raises <see cref="SegmentClosed"/> (for the index).
/// </summary>
public sealed partial class CameraRecorder : IAsyncDisposable
{
    private static readonly TimeSpan DisposeDrainTimeout = TimeSpan.FromSeconds(10);

    private readonly CameraRecorderOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<RecorderItem> _queue;
    private readonly SegmentWriter _writer;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private Task? _loop;
    private int _gapPending;
    private bool _skipUntilKeyframe;
    private DateTimeOffset _retryAt;
    private RecorderState _state = RecorderState.Stopped;
    private long _framesDropped;
    private long _framesSkipped;
    private long _segmentsClosed;
    private long _lagTicks;
    private Exception? _lastError;
    private DateTimeOffset? _lastErrorUtc;
    private bool _disposed;
    private bool _busy;
    private TaskCompletionSource? _idle;

    public CameraRecorder(SegmentStore store, CameraRecorderOptions options, TimeProvider time, ILogger<CameraRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _queue = Channel.CreateBounded<RecorderItem>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = new SegmentWriter(store, options.CameraId, options.StreamName, options.Segments, time, logger, OnSegmentClosed);
    }

    public string CameraId => _options.CameraId;

    public string StreamName => _options.StreamName;

    /// <summary>Raised on the recorder's loop for every finalized segment. Handlers must be quick (queue the work).</summary>
    public event EventHandler<SegmentClosedEventArgs>? SegmentClosed;

    /// <summary>Raised on the recorder's loop when writing fails.</summary>
    public event EventHandler<RecordingFaultedEventArgs>? Faulted;

    /// <summary>Starts the writing loop.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_gate)
        {
            if (_loop is not null)
            {
                throw new InvalidOperationException("the recorder is already started");
            }

            SetState(RecorderState.WaitingForKeyframe);
            _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        }

        LogStarted(CameraId, StreamName);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Queues one access unit of <paramref name="track"/> without waiting. False when the queue is full: the
    /// unit is dropped and video resumes at the next keyframe.
    /// </summary>
    public bool Post(MediaTrack track, AccessUnit unit)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(unit);
        var afterGap = Volatile.Read(ref _gapPending) != 0;
        if (_queue.Writer.TryWrite(new RecorderItem(track, unit, _time.GetUtcNow(), afterGap)))
        {
            if (afterGap)
            {
                Interlocked.Exchange(ref _gapPending, 0);
            }

            return true;
        }

        Interlocked.Increment(ref _framesDropped);
        if (Interlocked.Exchange(ref _gapPending, 1) == 0)
        {
            LogQueueFull(CameraId, StreamName, _options.QueueCapacity);
        }

        return false;
    }

    public CameraRecorderStats GetStats()
    {
        lock (_gate)
        {
            return new CameraRecorderStats(
                _state,
                _writer.SamplesWritten,
                Interlocked.Read(ref _framesDropped),
                Interlocked.Read(ref _framesSkipped),
                _writer.BytesWritten,
                Interlocked.Read(ref _segmentsClosed),
                TimeSpan.FromTicks(Interlocked.Read(ref _lagTicks)),
                _queue.Reader.Count,
                _writer.CurrentRelativePath,
                _lastError,
                _lastErrorUtc);
        }
    }

    /// <summary>Completes once every unit queued so far has been handled (for tests and orderly hand-over).</summary>
    internal Task WhenIdleAsync()
    {
        lock (_gate)
        {
            if (!_busy && _queue.Reader.Count == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }

    /// <summary>Writes what is queued, closes the open segment and ends the loop. Cancelling abandons the queue (the segment keeps its whole fragments).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        var loop = _loop;
        if (loop is null)
        {
            return;
        }

        using (cancellationToken.Register(static s => ((CancellationTokenSource)s!).Cancel(), _stopping))
        {
            await loop.ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        using (var timeout = new CancellationTokenSource(DisposeDrainTimeout, _time))
        {
            await StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _writer.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
