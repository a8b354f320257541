using Microsoft.Extensions.Logging;
using Vms.Rtsp.Media;
using Vms.Storage.Segments;

namespace Vms.Storage.Playback;

/// <summary>
/// Plays back one camera stream from any UTC instant: starts at the keyframe at or before it, hands out
/// access units in order across segment boundaries with their original wall clock, reports holes between
/// segments as <see cref="PlaybackGap"/> items, and paces frames in real time (times <see cref="Rate"/>, on the
/// injected <see cref="TimeProvider"/>) or as fast as they are read. Forward, or reverse GOP by GOP.
/// <see cref="Seek"/>, <see cref="Pause"/>, <see cref="Resume"/> and <see cref="Rate"/> may be called from any
/// thread while one consumer calls <see cref="ReadAsync"/> (the RTSP playback session's loop).
/// </summary>
public sealed partial class PlaybackReader : IAsyncDisposable
{
    private readonly SegmentStore _store;
    private readonly ISegmentLookup _lookup;
    private readonly PlaybackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Queue<PlaybackItem> _outbox = new();
    private readonly Queue<StoredSample> _samples = new();
    private readonly HashSet<string> _played = new(StringComparer.Ordinal);

    // control, under _gate
    private DateTimeOffset? _seekTarget;
    private PlaybackDirection _direction;
    private PlaybackDirection? _seekDirection;
    private double _rate;
    private bool _paused;
    private CancellationTokenSource _wake = new();

    // reading state, owned by the ReadAsync caller
    private List<SegmentInfo> _segments = [];
    private SegmentInfo? _segment;
    private SegmentReader? _reader;
    private IReadOnlyList<MediaTrack>? _tracks;
    private DateTimeOffset? _lastEnd;
    private int _fragment;
    private int _gopKeyframe;
    private DateTimeOffset _gopPaceWall;
    private (StoredSample Sample, SegmentInfo Segment, DateTimeOffset PaceWall)? _held;
    private DateTimeOffset? _origin;
    private bool _ended;
    private bool _anchored;
    private long _anchorTimestamp;
    private DateTimeOffset _anchorWall;
    private DateTimeOffset? _position;
    private bool _disposed;

    private PlaybackReader(SegmentStore store, ISegmentLookup lookup, string cameraId, string streamName, PlaybackOptions options,
        TimeProvider time, ILogger logger)
    {
        _store = store;
        _lookup = lookup;
        CameraId = cameraId;
        StreamName = streamName;
        _options = options;
        _time = time;
        _logger = logger;
        _direction = options.Direction;
        _rate = options.Rate;
    }

    public string CameraId { get; }

    public string StreamName { get; }

    /// <summary>Wall clock of the last frame handed out (null before the first).</summary>
    public DateTimeOffset? Position
    {
        get
        {
            lock (_gate)
            {
                return _position;
            }
        }
    }

    public PlaybackDirection Direction
    {
        get
        {
            lock (_gate)
            {
                return _direction;
            }
        }
    }

    /// <summary>Speed factor of real-time pacing (RTSP Scale); changing it re-anchors the pace at the next frame.</summary>
    public double Rate
    {
        get
        {
            lock (_gate)
            {
                return _rate;
            }
        }

        set
        {
            if (value is < 1.0 / 16 or > 64 || double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "must be between 1/16 and 64");
            }

            lock (_gate)
            {
                _rate = value;
                _anchored = false;
                WakeLocked();
            }
        }
    }

    public bool IsPaused
    {
        get
        {
            lock (_gate)
            {
                return _paused;
            }
        }
    }

    /// <summary>
    /// Opens a playback at <paramref name="startUtc"/>: finds the segment and the keyframe at or before it.
    /// Returns a reader whose first items are the tracks, any gap up to the first recording, then frames.
    /// </summary>
    public static async Task<PlaybackReader> OpenAsync(
        SegmentStore store,
        ISegmentLookup lookup,
        string cameraId,
        string streamName,
        DateTimeOffset startUtc,
        PlaybackOptions? options,
        TimeProvider time,
        ILogger<PlaybackReader> logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentException.ThrowIfNullOrEmpty(cameraId);
        ArgumentException.ThrowIfNullOrEmpty(streamName);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        options ??= new PlaybackOptions();
        options.Validate();
        var reader = new PlaybackReader(store, lookup, cameraId, streamName, options, time, logger);
        await reader.PositionAsync(startUtc, options.Direction, cancellationToken).ConfigureAwait(false);
        return reader;
    }

    /// <summary>Moves to <paramref name="utc"/> (RTSP <c>Range: clock=</c>): the next frame is the keyframe at or before it.</summary>
    public void Seek(DateTimeOffset utc, PlaybackDirection? direction = null)
    {
        lock (_gate)
        {
            _seekTarget = utc;
            _seekDirection = direction;
            WakeLocked();
        }
    }

    /// <summary>Holds frames back until <see cref="Resume"/>; the position is kept.</summary>
    public void Pause()
    {
        lock (_gate)
        {
            _paused = true;
            WakeLocked();
        }
    }

    public void Resume()
    {
        lock (_gate)
        {
            _paused = false;
            _anchored = false;
            WakeLocked();
        }
    }

    /// <summary>The next item; null when the recording (or <see cref="PlaybackOptions.StopUtc"/>) is reached.</summary>
    public async ValueTask<PlaybackItem?> ReadAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        // bounded: each pass either returns, consumes a queued item/sample, repositions, or waits on a signal
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DateTimeOffset? seek;
            PlaybackDirection direction;
            bool paused;
            CancellationToken wake;
            lock (_gate)
            {
                seek = _seekTarget;
                direction = _seekDirection ?? _direction;
                _seekTarget = null;
                _seekDirection = null;
                paused = _paused;
                wake = _wake.Token;
            }

            if (seek is { } target)
            {
                await PositionAsync(target, direction, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (paused)
            {
                await WaitAsync(Timeout.InfiniteTimeSpan, wake, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (_outbox.TryDequeue(out var item))
            {
                return item;
            }

            if (_held is null)
            {
                if (_ended)
                {
                    return null;
                }

                _held = await NextSampleAsync(cancellationToken).ConfigureAwait(false);
                if (_held is null)
                {
                    _ended = true;
                    LogEnded(CameraId, StreamName);
                }

                continue; // the outbox may hold a gap or track change that comes first
            }

            var (sample, segment, paceWall) = _held.Value;
            if (_options.Pace == PlaybackPace.RealTime && !await WaitUntilDueAsync(paceWall, wake, cancellationToken).ConfigureAwait(false))
            {
                continue; // a control call interrupted the wait
            }

            _held = null;
            return Deliver(sample, segment);
        }
    }

    /// <summary>Every item until the end, as a stream.</summary>
    public async IAsyncEnumerable<PlaybackItem> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await ReadAsync(cancellationToken).ConfigureAwait(false) is { } item)
        {
            yield return item;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            CloseSegment();
            lock (_gate)
            {
                _wake.Cancel();
                _wake.Dispose();
            }
        }

        return ValueTask.CompletedTask;
    }

    private PlaybackFrame Deliver(StoredSample sample, SegmentInfo segment)
    {
        var unit = sample.Unit;
        var track = sample.Track;
        if (_tracks is not null && track.Index < _tracks.Count)
        {
            track = _tracks[track.Index];
        }

        var clock = track.ClockRate;
        _origin ??= segment.StartUtc + TimeSpan.FromTicks(unit.Dts * TimeSpan.TicksPerSecond / clock);
        var dts = SegmentTiming.Ticks(segment.StartUtc - _origin.Value, clock) + unit.Dts;
        var frame = new PlaybackFrame(track, unit.WithTimestamps(dts + (unit.Pts - unit.Dts), dts), segment);
        lock (_gate)
        {
            _position = unit.WallClock;
        }

        return frame;
    }

    private void WakeLocked()
    {
        // the old source is cancelled, not disposed: a waiter may still be linking to its token
        var old = _wake;
        _wake = new CancellationTokenSource();
        old.Cancel();
    }
}
