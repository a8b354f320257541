namespace Vms.Storage.Export;

/// <summary>
/// Chooses the samples of an export: from the last keyframe at or before the requested start (or the first
/// keyframe when recording starts later) up to the last sample starting before the requested end, across the
/// segments in order; samples overlapping an earlier segment's (clock steps) are skipped.
/// </summary>
internal static class ExportSampleSelector
{
    public static List<ExportSample> Select(IReadOnlyList<SourceSegment> sources, DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        var chosen = new List<ExportSample>();
        DateTimeOffset? lastWall = null;
        for (var s = 0; s < sources.Count; s++)
        {
            var source = sources[s];
            var samples = source.Samples;
            var startAt = 0;
            if (chosen.Count == 0)
            {
                // the keyframe at or before fromUtc; else the first keyframe
                startAt = -1;
                for (var i = 0; i < samples.Count; i++)
                {
                    if (!samples[i].IsSync)
                    {
                        continue;
                    }

                    if (source.WallClock(samples[i]) <= fromUtc || startAt < 0)
                    {
                        startAt = i;
                    }

                    if (source.WallClock(samples[i]) >= fromUtc)
                    {
                        break;
                    }
                }

                if (startAt < 0)
                {
                    continue; // no keyframe in this segment: cannot start here
                }
            }

            for (var i = startAt; i < samples.Count; i++)
            {
                var sample = samples[i];
                var wall = source.WallClock(sample);
                if (wall >= toUtc)
                {
                    break;
                }

                if (lastWall is { } last && wall <= last)
                {
                    continue;
                }

                chosen.Add(new ExportSample(s, sample.Offset, sample.Size, sample.Duration, sample.CompositionOffset, sample.IsSync, wall));
                lastWall = wall;
            }
        }

        return chosen;
    }
}
