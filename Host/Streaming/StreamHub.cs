using Vms.Rtsp.Media;
using Vms.Rtsp.Server;
using Vms.Storage.Recording;

namespace Vms.Host.Streaming;

/// <summary>
/// The hub of one camera stream. Each upstream pull is a <see cref="HubFeed"/> that fans every access unit out
/// to the live <see cref="RtspStream"/> of the stream's path (one upstream whatever the number of viewers, GOP
/// cache for fast start) and, when the camera records, to a <see cref="CameraRecorder"/>. The hub outlives the
/// feeds and keeps the counters (metrics).
/// </summary>
public sealed class StreamHub
{
    private readonly Lock _gate = new();
    private readonly HubServices _services;
    private readonly RateMeter _meter;
    private readonly List<Task> _retiring = [];
    private HubFeed? _current;
    private bool _recordingEnabled;
    private long _frames;
    private long _bytes;
    private long _feeds;
    private long _gaps;
    private long _recorderDrops;
    private long _viewerDrops;
    private long _lastFrameTicks = -1;

    internal StreamHub(StreamKey key, HubServices services, bool recordingEnabled)
    {
        Key = key;
        _services = services;
        _meter = new RateMeter(services.Time);
        _recordingEnabled = recordingEnabled;
    }

    public StreamKey Key { get; }

    /// <summary>The live stream of the current feed, or null when the camera stream is not being pulled.</summary>
    public RtspStream? LiveStream
    {
        get
        {
            lock (_gate)
            {
                return _current?.Live is { IsCompleted: false } live ? live : null;
            }
        }
    }

    internal ILogger Logger => _services.Logger;

    public StreamHubStats GetStats()
    {
        HubFeed? feed;
        lock (_gate)
        {
            feed = _current;
        }

        var recorder = feed?.Recorder;
        var recorderStats = recorder?.GetStats();
        var (fps, bps) = _meter.Rates();
        var last = Interlocked.Read(ref _lastFrameTicks);
        return new StreamHubStats(
            Key,
            feed is not null,
            recorder is not null,
            fps,
            bps,
            Interlocked.Read(ref _frames),
            Interlocked.Read(ref _bytes),
            Interlocked.Read(ref _feeds),
            Interlocked.Read(ref _gaps),
            Interlocked.Read(ref _recorderDrops) + (recorderStats?.FramesDropped ?? 0),
            Interlocked.Read(ref _viewerDrops) + (feed?.Live.DroppedViewers ?? 0),
            feed?.Live.ViewerCount ?? 0,
            recorderStats?.Lag ?? TimeSpan.Zero,
            last < 0 ? null : new DateTimeOffset(last, TimeSpan.Zero));
    }

    /// <summary>Starts a feed (a new pull); a feed still open is ended first.</summary>
    internal HubFeed Open(IReadOnlyList<MediaTrack> tracks)
    {
        var live = new RtspStream(tracks, _services.LiveOptions, _services.Time, _services.StreamLogger);
        HubFeed feed;
        HubFeed? previous;
        lock (_gate)
        {
            previous = _current;
            feed = new HubFeed(this, [.. live.Tracks], live);
            if (_recordingEnabled)
            {
                feed.Recorder = CreateRecorder();
            }

            _current = feed;
            _feeds++;
        }

        if (previous is not null)
        {
            StreamingLog.FeedReplaced(Logger, Key);
            Retire(previous.EndAsync());
        }

        StreamingLog.FeedOpened(Logger, Key, tracks.Count, feed.Recorder is not null);
        return feed;
    }

    /// <summary>Turns recording on or off for the current and later feeds (camera registry change).</summary>
    internal void SetRecording(bool enabled)
    {
        CameraRecorder? stopping = null;
        lock (_gate)
        {
            if (_recordingEnabled == enabled)
            {
                return;
            }

            _recordingEnabled = enabled;
            if (_current is { } feed)
            {
                if (enabled && feed.Recorder is null)
                {
                    feed.Recorder = CreateRecorder();
                }
                else if (!enabled)
                {
                    stopping = feed.Recorder;
                    feed.Recorder = null;
                }
            }
        }

        StreamingLog.RecordingSwitched(Logger, Key, enabled ? "on" : "off");
        if (stopping is not null)
        {
            Retire(RetireRecorderAsync(stopping));
        }
    }

    /// <summary>The recorder of the current feed, if any (tests).</summary>
    internal CameraRecorder? CurrentRecorder
    {
        get
        {
            lock (_gate)
            {
                return _current?.Recorder;
            }
        }
    }

    internal void CountFrame(int bytes)
    {
        Interlocked.Increment(ref _frames);
        Interlocked.Add(ref _bytes, bytes);
        Interlocked.Exchange(ref _lastFrameTicks, _services.Time.GetUtcNow().UtcTicks);
        _meter.Add(bytes);
    }

    /// <summary>Called once by a feed that ends: it stops being current, its live viewers are told, its counters are kept.</summary>
    internal void OnFeedEnded(HubFeed feed)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_current, feed))
            {
                _current = null;
            }

            _gaps++;
        }

        Interlocked.Add(ref _viewerDrops, feed.Live.DroppedViewers);
    }

    internal async Task RetireRecorderAsync(CameraRecorder recorder)
    {
        await recorder.DisposeAsync().ConfigureAwait(false);
        Interlocked.Add(ref _recorderDrops, recorder.GetStats().FramesDropped);
    }

    /// <summary>Ends the current feed (service stopping) and waits for every recorder to close its segment.</summary>
    internal async Task CloseAsync()
    {
        HubFeed? feed;
        lock (_gate)
        {
            feed = _current;
        }

        if (feed is not null)
        {
            await feed.DisposeAsync().ConfigureAwait(false);
        }

        Task[] retiring;
        lock (_gate)
        {
            retiring = [.. _retiring];
        }

        await Task.WhenAll(retiring).ConfigureAwait(false);
    }

    private void Retire(Task task)
    {
        lock (_gate)
        {
            _retiring.RemoveAll(t => t.IsCompleted);
            _retiring.Add(task);
        }
    }

    private CameraRecorder? CreateRecorder()
    {
        try
        {
            var recorder = new CameraRecorder(
                _services.Storage.Store,
                new CameraRecorderOptions { CameraId = Key.CameraId, StreamName = Key.StreamName, Segments = _services.SegmentOptions },
                _services.Time,
                _services.RecorderLogger);
            recorder.SegmentClosed += (_, e) => _services.Storage.OnSegmentClosed(e.Segment);
            recorder.Faulted += (_, e) => StreamingLog.RecordingFaulted(Logger, Key, e.StorageFull, e.RetryAtUtc, e.Error);
            _ = recorder.StartAsync(CancellationToken.None); // completes at once: it only starts the writing loop
            return recorder;
        }
        catch (ArgumentException ex)
        {
            StreamingLog.RecorderFailed(Logger, Key, ex);
            return null;
        }
    }
}
