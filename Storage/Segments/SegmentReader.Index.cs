namespace Vms.Storage.Segments;

public sealed partial class SegmentReader
{
    private VideoSampleRef[]? _videoIndex;

    /// <summary>Every video sample of the segment in decode order (from the fragment headers read on open).</summary>
    internal IReadOnlyList<VideoSampleRef> VideoIndex => _videoIndex ??= BuildVideoIndex();

    /// <summary>Index in <see cref="VideoIndex"/> of the last keyframe captured at or before <paramref name="utc"/> (the first keyframe when all are later); -1 when there is none.</summary>
    internal int KeyframeAtOrBefore(DateTimeOffset utc)
    {
        var index = VideoIndex;
        var found = -1;
        for (var i = 0; i < index.Count; i++)
        {
            if (!index[i].IsKeyframe)
            {
                continue;
            }

            if (index[i].WallClock > utc)
            {
                return found >= 0 ? found : i;
            }

            found = i;
        }

        return found;
    }

    private VideoSampleRef[] BuildVideoIndex()
    {
        var list = new List<VideoSampleRef>();
        for (var f = 0; f < _fragments.Count; f++)
        {
            var fragment = _fragments[f];
            if (fragment.RunOf(_video.TrackId) is not { } run)
            {
                continue;
            }

            foreach (var s in run.Samples)
            {
                list.Add(new VideoSampleRef(f, s.DecodeTime, WallClockOf(fragment, _video, s.PresentationTime), s.IsSync));
            }
        }

        return [.. list];
    }

    /// <summary>The fragments holding video samples with decode times in [<paramref name="fromDts"/>, <paramref name="toDts"/>).</summary>
    internal IEnumerable<int> FragmentsSpanning(long fromDts, long toDts)
    {
        var last = -1;
        foreach (var s in VideoIndex)
        {
            if (s.DecodeTime >= fromDts && s.DecodeTime < toDts && s.Fragment != last)
            {
                last = s.Fragment;
                yield return s.Fragment;
            }
        }
    }
}
