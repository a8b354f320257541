using Vms.Rtsp.Media;
using Vms.Storage.Fmp4.Reading;
using Vms.Storage.Segments;

namespace Vms.Storage.Playback;

public sealed partial class PlaybackReader
{
    private async Task PositionAsync(DateTimeOffset target, PlaybackDirection direction, CancellationToken ct)
    {
        CloseSegment();
        _outbox.Clear();
        _samples.Clear();
        _played.Clear();
        _held = null;
        _ended = false;
        _lastEnd = null;
        lock (_gate)
        {
            _direction = direction;
            _anchored = false;
        }

        LogSeek(CameraId, StreamName, target, direction);
        var found = direction == PlaybackDirection.Forward
            ? await PositionForwardAsync(target, ct).ConfigureAwait(false)
            : await PositionReverseAsync(target, ct).ConfigureAwait(false);
        if (!found)
        {
            _ended = true;
        }
    }

    /// <summary>Opens <paramref name="segment"/> and announces its tracks if they differ; false (logged) when it cannot be read.</summary>
    private async Task<bool> OpenSegmentAsync(SegmentInfo segment, CancellationToken ct)
    {
        CloseSegment();
        _played.Add(segment.RelativePath);
        try
        {
            _reader = await SegmentReader.OpenAsync(_store, segment.RelativePath, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Fmp4FormatException or IOException or UnauthorizedAccessException)
        {
            LogUnreadable(segment.RelativePath, e);
            return false;
        }

        _segment = segment;
        var tracks = _reader.Tracks;
        if (_tracks is null || !SameParameters(_tracks, tracks))
        {
            _tracks = tracks;
            _outbox.Enqueue(new PlaybackTracksChanged(tracks));
        }

        return true;
    }

    private void CloseSegment()
    {
        _reader?.Dispose();
        _reader = null;
        _segment = null;
    }

    /// <summary>Reports the hole between <paramref name="from"/> and <paramref name="to"/> when it exceeds the tolerance.</summary>
    private void MaybeGap(DateTimeOffset? from, DateTimeOffset to)
    {
        if (from is { } f && to - f > _options.GapTolerance)
        {
            _outbox.Enqueue(new PlaybackGap(f, to));
            lock (_gate)
            {
                _anchored = false; // do not wait through the hole
            }

            LogGap(CameraId, StreamName, f, to);
        }
    }

    private Task<IReadOnlyList<SegmentInfo>> FindAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        _lookup.FindAsync(CameraId, StreamName, from, to, ct);

    private static bool SameParameters(IReadOnlyList<MediaTrack> a, IReadOnlyList<MediaTrack> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!Equals(a[i].Parameters, b[i].Parameters))
            {
                return false;
            }
        }

        return true;
    }
}
