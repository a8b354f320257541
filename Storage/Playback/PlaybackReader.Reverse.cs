using Vms.Rtsp.Media;
using Vms.Storage.Segments;

namespace Vms.Storage.Playback;

public sealed partial class PlaybackReader
{
    private async Task<bool> PositionReverseAsync(DateTimeOffset target, CancellationToken ct)
    {
        _segments = [.. await FindAsync(target - _options.LookupWindow, target.AddTicks(1), ct).ConfigureAwait(false)];
        for (var index = _segments.FindLastIndex(s => s.StartUtc <= target); index >= 0; index--)
        {
            var segment = _segments[index];
            if (!await OpenSegmentAsync(segment, ct).ConfigureAwait(false))
            {
                continue;
            }

            MaybeGap(segment.EndUtc, target);
            var keyframe = _reader!.KeyframeAtOrBefore(target);
            if (keyframe < 0)
            {
                continue;
            }

            var upper = target < segment.EndUtc ? target : segment.EndUtc;
            await LoadGopAsync(keyframe, upper, ct).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Queues the video frames of the GOP starting at video index <paramref name="keyframe"/>, in decode order,
    /// up to <paramref name="upperWall"/> (inclusive). They are paced as one burst at the GOP's end.
    /// </summary>
    private async Task LoadGopAsync(int keyframe, DateTimeOffset upperWall, CancellationToken ct)
    {
        var index = _reader!.VideoIndex;
        var next = keyframe + 1;
        while (next < index.Count && !index[next].IsKeyframe)
        {
            next++;
        }

        var fromDts = index[keyframe].DecodeTime;
        var toDts = next < index.Count ? index[next].DecodeTime : long.MaxValue;
        _gopKeyframe = keyframe;
        _gopPaceWall = upperWall;
        foreach (var fragment in _reader.FragmentsSpanning(fromDts, toDts).ToList())
        {
            foreach (var s in await _reader.ReadFragmentAsync(fragment, ct).ConfigureAwait(false))
            {
                if (s.Track.Kind == MediaKind.Video && s.Unit.Dts >= fromDts && s.Unit.Dts < toDts && s.Unit.WallClock <= upperWall)
                {
                    _samples.Enqueue(s);
                }
            }
        }
    }

    private async Task<(StoredSample, SegmentInfo, DateTimeOffset)?> NextReverseAsync(CancellationToken ct)
    {
        // bounded: every pass consumes a sample, a GOP or a segment (segments are never played twice)
        while (true)
        {
            if (_samples.TryDequeue(out var sample))
            {
                if (_options.StopUtc is { } stop && _gopPaceWall <= stop)
                {
                    return null;
                }

                _lastEnd = _segment!.StartUtc;
                return (sample, _segment, _gopPaceWall);
            }

            if (_reader is null)
            {
                return null;
            }

            var index = _reader.VideoIndex;
            var previous = _gopKeyframe - 1;
            while (previous >= 0 && !index[previous].IsKeyframe)
            {
                previous--;
            }

            if (previous >= 0)
            {
                await LoadGopAsync(previous, index[_gopKeyframe].WallClock, ct).ConfigureAwait(false);
            }
            else if (!await PreviousSegmentAsync(ct).ConfigureAwait(false))
            {
                return null;
            }
        }
    }

    /// <summary>Opens the closest earlier segment that can be read and queues its last GOP; false when there is none.</summary>
    private async Task<bool> PreviousSegmentAsync(CancellationToken ct)
    {
        var current = _segment!;
        CloseSegment();
        for (var skipped = 0; skipped < MaxSkippedSegments; skipped++)
        {
            var earlier = _segments.LastOrDefault(s => s.StartUtc < current.StartUtc && !_played.Contains(s.RelativePath));
            if (earlier is null)
            {
                _segments = [.. await FindAsync(current.StartUtc - _options.LookupWindow, current.StartUtc, ct).ConfigureAwait(false)];
                earlier = _segments.LastOrDefault(s => s.StartUtc < current.StartUtc && !_played.Contains(s.RelativePath));
                if (earlier is null)
                {
                    return false;
                }
            }

            if (!await OpenSegmentAsync(earlier, ct).ConfigureAwait(false))
            {
                current = earlier;
                continue;
            }

            MaybeGap(earlier.EndUtc, _lastEnd ?? current.StartUtc);
            var last = _reader!.KeyframeAtOrBefore(DateTimeOffset.MaxValue);
            if (last < 0)
            {
                current = earlier;
                continue;
            }

            await LoadGopAsync(last, earlier.EndUtc, ct).ConfigureAwait(false);
            return true;
        }

        return false;
    }
}
