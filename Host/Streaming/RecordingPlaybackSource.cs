using Vms.Host.Recording;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;
using Vms.Storage.Playback;

namespace Vms.Host.Streaming;

/// <summary>
/// One viewer's playback of a recorded camera stream over RTSP: Storage's <see cref="PlaybackReader"/> read as
/// fast as the server asks (the server paces by timestamps and Scale, and pauses by not reading). Seeks go to
/// the keyframe at or before the instant (<c>Range: clock=</c> or <c>npt=</c> from the requested start). Holes
/// between recordings are squeezed out of the timestamps, so a viewer does not wait through a gap.
/// </summary>
internal sealed class RecordingPlaybackSource : IRtspPlaybackSource
{
    private const int MaxLeadingItems = 64;

    private readonly PlaybackReader _reader;
    private readonly TimeProvider _time;
    private PlaybackFrame? _ahead;
    private TimeSpan _shift;
    private bool _afterGap; // a hole was read since the last frame returned (ONVIF replay flags the next one)

    private RecordingPlaybackSource(PlaybackReader reader, IReadOnlyList<MediaTrack> tracks, RtspPlaybackRange range, PlaybackFrame first, TimeSpan shift, TimeProvider time)
    {
        _reader = reader;
        Tracks = tracks;
        Range = range;
        _ahead = first;
        _shift = shift;
        _time = time;
    }

    public IReadOnlyList<MediaTrack> Tracks { get; }

    public RtspPlaybackRange Range { get; }

    /// <summary>Opens a playback at <paramref name="start"/>; null when nothing is recorded at or after it (before <paramref name="end"/>).</summary>
    public static async Task<RecordingPlaybackSource?> OpenAsync(
        RecordingStorage storage, StreamKey key, DateTimeOffset start, DateTimeOffset? end, TimeProvider time, ILogger<PlaybackReader> logger, CancellationToken cancellationToken)
    {
        var options = new PlaybackOptions { Pace = PlaybackPace.AsFastAsPossible, StopUtc = end };
        PlaybackReader? reader = await PlaybackReader.OpenAsync(storage.Store, storage.Index, key.CameraId, key.StreamName, start, options, time, logger, cancellationToken).ConfigureAwait(false);
        try
        {
            IReadOnlyList<MediaTrack>? tracks = null;
            var shift = TimeSpan.Zero;
            for (var i = 0; i < MaxLeadingItems; i++)
            {
                switch (await reader!.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    case PlaybackTracksChanged changed:
                        tracks = changed.Tracks;
                        break;
                    case PlaybackGap gap:
                        shift += gap.Duration;
                        break;
                    case PlaybackFrame frame when tracks is not null:
                        var range = new RtspPlaybackRange(end - start, start, end);
                        var source = new RecordingPlaybackSource(reader!, [.. tracks.Select((t, n) => t with { Index = n })], range, frame, shift, time);
                        reader = null;
                        return source;
                    default:
                        return null;
                }
            }

            return null;
        }
        finally
        {
            if (reader is not null)
            {
                await reader.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public async ValueTask<RtspPlaybackPosition> SeekAsync(RtspSeekRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = Range.Start!.Value;
        var target = request.Clock ?? start + (request.Npt ?? TimeSpan.Zero);
        var limit = Range.End ?? _time.GetUtcNow();
        if (target > limit)
        {
            throw new RtspPlaybackException($"{target:O} is after the end of the recordings ({limit:O})");
        }

        var first = _ahead;
        if (first is null || !IsAt(first, target))
        {
            _reader.Seek(target);
            _shift = TimeSpan.Zero;
            first = await NextFrameAsync(cancellationToken).ConfigureAwait(false);
            _afterGap = false; // a seek lands on a frame: what came before it is not played
            _ahead = first;
        }

        if (first?.Unit.WallClock is not { } clock)
        {
            return new RtspPlaybackPosition(target - start > TimeSpan.Zero ? target - start : TimeSpan.Zero, target);
        }

        var npt = clock - start;
        return new RtspPlaybackPosition(npt > TimeSpan.Zero ? npt : TimeSpan.Zero, clock);
    }

    public async ValueTask<RtspPlaybackUnit?> ReadAsync(CancellationToken cancellationToken)
    {
        var frame = _ahead ?? await NextFrameAsync(cancellationToken).ConfigureAwait(false);
        _ahead = null;
        if (frame is null)
        {
            return null;
        }

        var clock = frame.Track.ClockRate;
        var shift = _shift.Ticks * clock / TimeSpan.TicksPerSecond;
        var unit = shift == 0 ? frame.Unit : frame.Unit.WithTimestamps(frame.Unit.Pts - shift, frame.Unit.Dts - shift);
        var followsGap = _afterGap;
        _afterGap = false;
        return new RtspPlaybackUnit(frame.Track.Index, unit) { FollowsGap = followsGap };
    }

    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    /// <summary>True when the frame read ahead is already the keyframe a seek to <paramref name="target"/> would give (first PLAY).</summary>
    private bool IsAt(PlaybackFrame frame, DateTimeOffset target) =>
        frame.Unit.IsKeyframe && frame.Unit.WallClock is { } clock && clock <= target && target == Range.Start;

    /// <summary>The next frame of a known track; gaps shift the timestamps that follow; tracks changes are ignored (the SDP is fixed).</summary>
    private async ValueTask<PlaybackFrame?> NextFrameAsync(CancellationToken cancellationToken)
    {
        // bounded by the recording: every item read moves the reader forward
        while (await _reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } item)
        {
            switch (item)
            {
                case PlaybackGap gap:
                    _shift += gap.Duration;
                    _afterGap = true;
                    break;
                case PlaybackFrame frame when frame.Track.Index < Tracks.Count:
                    return frame;
            }
        }

        return null;
    }
}
