using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;

namespace Vms.Storage.Segments;

/// <summary>
/// Writes the access units of one camera stream into a sequence of segment files. A segment opens on a video
/// keyframe and rolls over — only at a keyframe — when its media duration reaches
/// <see cref="SegmentWriterOptions.MaxSegmentDuration"/> or when the codec, resolution or parameter sets change.
/// Inside a segment, a fragment (prft + moof + mdat + check box) is written whole, in one gathered write, at
/// each keyframe or after <see cref="SegmentWriterOptions.MaxFragmentDuration"/>, then flushed per the
/// <see cref="FsyncPolicy"/>. Timestamps that step back or jump close the segment.
/// </summary>
/// <remarks>
/// Single-owner: one loop calls it. The sample bytes are copied once, into a pooled fragment buffer reused for
/// the writer's lifetime. When a write fails (disk full, I/O error) the file is cut back to its last whole
/// fragment and closed, <c>segmentClosed</c> reports it, and the error is rethrown (typed
/// <see cref="StorageFullException"/> for a full volume); the next keyframe may open a new segment.
/// </remarks>
internal sealed partial class SegmentWriter : IAsyncDisposable
{
    private const int VideoTrackId = 1;
    private const int AudioTrackId = 2;

    private readonly SegmentStore _store;
    private readonly string _cameraId;
    private readonly string _streamName;
    private readonly SegmentWriterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Action<SegmentInfo>? _segmentClosed;
    private readonly BoxBuffer _init = new(4096);
    private readonly FragmentSerializer _serializer = new();
    private readonly TrackFragmentRun _videoRun = new(VideoTrackId, 256 * 1024);
    private readonly TrackFragmentRun _audioRun = new(AudioTrackId, 16 * 1024);
    private readonly List<long> _videoDts = new(64);
    private readonly List<long> _audioDts = new(128);
    private readonly TrackFragmentRun[] _runs;

    private SegmentState? _segment;
    private int? _videoTrackIndex;
    private MediaTrack? _knownAudio;
    private DateTimeOffset _fragmentWall;
    private uint _lastVideoDuration;
    private long _lastSyncTimestamp;
    private bool _disposed;

    /// <param name="segmentClosed">Called for every segment closed (rollover, discontinuity, close, or cut short by an error).</param>
    public SegmentWriter(
        SegmentStore store,
        string cameraId,
        string streamName,
        SegmentWriterOptions options,
        TimeProvider time,
        ILogger logger,
        Action<SegmentInfo>? segmentClosed = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _ = SegmentNameCodec.Escape(cameraId, nameof(cameraId));
        _ = SegmentNameCodec.Escape(streamName, nameof(streamName));
        _store = store;
        _cameraId = cameraId;
        _streamName = streamName;
        _options = options;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _segmentClosed = segmentClosed;
        _runs = [_videoRun, _audioRun];
    }

    /// <summary>True while a segment file is open.</summary>
    public bool IsSegmentOpen => _segment is not null;

    /// <summary>Relative path (final name) of the segment being written, if any.</summary>
    public string? CurrentRelativePath => _segment?.File.RelativePath;

    /// <summary>Sample bytes written to files so far (fragments and headers).</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Samples written to files so far (all tracks).</summary>
    public long SamplesWritten { get; private set; }

    /// <summary>
    /// Adds one access unit. <paramref name="arrivalUtc"/> is used as the wall clock when the unit has none
    /// (no sender report yet).
    /// </summary>
    /// <exception cref="StorageFullException">The volume is full; the segment was closed at its last whole fragment.</exception>
    /// <exception cref="IOException">Another write error; same clean-up.</exception>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<WriteStatus> WriteAsync(MediaTrack track, AccessUnit unit, DateTimeOffset arrivalUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(unit);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return track.Kind switch
            {
                MediaKind.Video => await WriteVideoAsync(track, unit, arrivalUtc, cancellationToken).ConfigureAwait(false),
                MediaKind.Audio => WriteAudio(track, unit, arrivalUtc),
                _ => WriteStatus.Ignored,
            };
        }
        catch (IOException e)
        {
            await FailAsync(e).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Writes the pending fragment and finalizes the open segment.</summary>
    /// <returns>The closed segment, or null when none was open (or it held no complete fragment).</returns>
    public async ValueTask<SegmentInfo?> CloseAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return await CloseSegmentAsync(null, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await FailAsync(e).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the open segment (best effort) and returns the pooled buffers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await CloseAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // already logged and salvaged by FailAsync; the .part (if any) is left to recovery
        }

        _disposed = true;
        _segment?.File.Dispose();
        _segment = null;
        _init.Dispose();
        _serializer.Dispose();
        _videoRun.Dispose();
        _audioRun.Dispose();
    }

    private void ClearPending()
    {
        _videoRun.Clear();
        _audioRun.Clear();
        _videoDts.Clear();
        _audioDts.Clear();
    }
}
