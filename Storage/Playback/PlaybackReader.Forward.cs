using Vms.Rtsp.Media;
using Vms.Storage.Segments;

namespace Vms.Storage.Playback;

public sealed partial class PlaybackReader
{
    /// <summary>Most unreadable segments skipped in a row before playback gives up.</summary>
    private const int MaxSkippedSegments = 1000;

    private async Task<bool> PositionForwardAsync(DateTimeOffset target, CancellationToken ct)
    {
        _segments = [.. await FindAsync(target, target + _options.LookupWindow, ct).ConfigureAwait(false)];
        var index = _segments.FindIndex(s => s.EndUtc > target);
        for (var skipped = 0; index >= 0 && index < _segments.Count && skipped < MaxSkippedSegments; index++, skipped++)
        {
            var segment = _segments[index];
            if (!await OpenSegmentAsync(segment, ct).ConfigureAwait(false))
            {
                continue;
            }

            MaybeGap(target, segment.StartUtc);

            var keyframe = _reader!.KeyframeAtOrBefore(target < segment.StartUtc ? segment.StartUtc : target);
            if (keyframe < 0)
            {
                continue;
            }

            var first = _reader.VideoIndex[keyframe];
            _fragment = first.Fragment;
            await LoadFragmentAsync(ct).ConfigureAwait(false);
            // drop what comes before the keyframe: earlier video, and audio captured before it
            var keep = _samples.Where(s => s.Track.Kind == MediaKind.Video ? s.Unit.Dts >= first.DecodeTime : s.Unit.WallClock >= first.WallClock).ToList();
            _samples.Clear();
            foreach (var s in keep)
            {
                _samples.Enqueue(s);
            }

            return true;
        }

        return false;
    }

    private async Task LoadFragmentAsync(CancellationToken ct)
    {
        foreach (var s in await _reader!.ReadFragmentAsync(_fragment, ct).ConfigureAwait(false))
        {
            if (_options.IncludeAudio || s.Track.Kind == MediaKind.Video)
            {
                _samples.Enqueue(s);
            }
        }
    }

    private async Task<(StoredSample, SegmentInfo, DateTimeOffset)?> NextSampleAsync(CancellationToken ct) =>
        Direction == PlaybackDirection.Forward
            ? await NextForwardAsync(ct).ConfigureAwait(false)
            : await NextReverseAsync(ct).ConfigureAwait(false);

    private async Task<(StoredSample, SegmentInfo, DateTimeOffset)?> NextForwardAsync(CancellationToken ct)
    {
        // bounded: every pass consumes a sample, a fragment or a segment
        while (true)
        {
            if (_samples.TryDequeue(out var sample))
            {
                var wall = sample.Unit.WallClock!.Value;
                if (_options.StopUtc is { } stop && wall >= stop)
                {
                    return null;
                }

                _lastEnd = _segment!.EndUtc;
                return (sample, _segment, wall);
            }

            if (_reader is null)
            {
                return null;
            }

            if (++_fragment < _reader.FragmentCount)
            {
                await LoadFragmentAsync(ct).ConfigureAwait(false);
                continue;
            }

            if (!await NextSegmentForwardAsync(ct).ConfigureAwait(false))
            {
                return null;
            }
        }
    }

    private async Task<bool> NextSegmentForwardAsync(CancellationToken ct)
    {
        var previous = _segment!;
        CloseSegment();
        for (var skipped = 0; skipped < MaxSkippedSegments; skipped++)
        {
            if (_options.StopUtc is { } stop && previous.EndUtc >= stop)
            {
                return false;
            }

            var next = _segments.FirstOrDefault(s => s.StartUtc >= previous.StartUtc && !_played.Contains(s.RelativePath));
            if (next is null)
            {
                var from = previous.EndUtc > previous.StartUtc ? previous.EndUtc : previous.StartUtc;
                _segments = [.. await FindAsync(from, from + _options.LookupWindow, ct).ConfigureAwait(false)];
                next = _segments.FirstOrDefault(s => s.StartUtc >= previous.StartUtc && !_played.Contains(s.RelativePath));
                if (next is null)
                {
                    return false;
                }
            }

            if (await OpenSegmentAsync(next, ct).ConfigureAwait(false))
            {
                MaybeGap(_lastEnd ?? previous.EndUtc, next.StartUtc);
                _fragment = 0;
                await LoadFragmentAsync(ct).ConfigureAwait(false);
                return true;
            }

            previous = next;
        }

        return false;
    }
}
